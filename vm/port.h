/*
 * port.h — what the core needs from a port (ARCHITECTURE decision 11). Each
 * port (ports/<name>/) implements these; the core includes nothing else of it.
 */
#ifndef IRQPY_PORT_H
#define IRQPY_PORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void port_write(const char *s, size_t n);        /* stdout / console */
void port_write_err(const char *s, size_t n);    /* stderr (same as stdout on a board) */
void port_flush(void);                           /* push buffered console output out */
int port_read_char(void);                        /* console input, -1 at end */

uint64_t port_time_ns(void);                     /* wall clock (host) or time since boot */
uint32_t port_ticks_ms(void);
uint32_t port_ticks_us(void);
uint32_t port_ticks_cpu(void);
void port_sleep_us(uint32_t us);

/* Raw memory outside the GC heap (compiler arenas); NULL on failure. */
void *port_raw_alloc(size_t n);
void port_raw_free(void *p);

/* Source files for imports and the main script: NULL if not found.
 * The returned buffer comes from port_raw_alloc and ends with a NUL. */
char *port_read_file(const char *path, size_t *len);

uint32_t port_irq_disable(void);                 /* returns previous state */
void port_irq_restore(uint32_t state);

/* Address where the C stack began (for the GC's conservative scan) and its limit. */
extern char *port_stack_top;
size_t port_stack_limit(void);

#endif
