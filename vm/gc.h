/*
 * gc.h — the heap: a fixed region given at start, mark-sweep collection
 * (ARCHITECTURE decision 6).
 *
 * Roots are precise (the VM state, module dicts, registered roots) plus a
 * conservative scan of the C stack and registers. Heap objects themselves
 * are scanned conservatively: any aligned word inside a block that points
 * into an allocated block keeps it alive, so types need no mark function.
 * Blocks allocated with GC_NOSCAN (string bytes, big-int digits) are not
 * scanned.
 *
 * heap_locked (a counter) makes every allocation fail at once: hard IRQ
 * handlers run with it raised. gc_alloc never sets an exception; callers
 * turn NULL into err_no_memory().
 */
#ifndef IRQPY_GC_H
#define IRQPY_GC_H

#include <stdbool.h>
#include <stddef.h>
#include "value.h"

enum { GC_NOSCAN = 1 };

void gc_init(void *start, size_t size);
void *gc_alloc(size_t size, int flags);          /* zeroed; NULL when locked or full */
void *gc_realloc(void *p, size_t size, int flags); /* may move; NULL on failure (p unchanged) */
void gc_free(void *p);                           /* optional early release of an unreachable block */
size_t gc_block_size(void *p);                   /* usable bytes of an allocated block */
void gc_collect(void);

/* A root: a C variable holding a value the GC must see (static caches etc.). */
void gc_add_root(value_t *root);
void gc_add_root_range(value_t *start, size_t count);

/* Inline: the hard-IRQ dispatcher locks the heap on every interrupt. */
extern volatile unsigned gc_locked;
static inline void gc_lock(void) { gc_locked++; }
void gc_unlock(void);
static inline bool gc_is_locked(void) { return gc_locked != 0; }
void gc_enable(bool on);                         /* gc.enable()/disable(): automatic collection */
bool gc_is_enabled(void);

typedef struct GcStats {
    size_t total, used, free, max_free_block;
    unsigned collections;
} GcStats;
void gc_stats(GcStats *s);

/* Allocate an object of `size` bytes with header type t. */
#define GC_NEW(T, typeptr) ((T *)gc_new_object(sizeof(T), (typeptr)))
struct Type;
void *gc_new_object(size_t size, const struct Type *t); /* sets MemoryError on failure */

#endif
