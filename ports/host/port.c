/*
 * port.c — the host (Linux) implementation of vm/port.h: console on
 * stdio, clocks from CLOCK_MONOTONIC, files from the file system.
 * Interrupt masking blocks the signals that emulate hardware interrupts.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "port.h"

char *port_stack_top;

void port_write(const char *s, size_t n) { fwrite(s, 1, n, stdout); }

void port_flush(void) { fflush(stdout); }

void port_write_err(const char *s, size_t n)
{
    fflush(stdout);
    fwrite(s, 1, n, stderr);
}

int port_read_char(void)
{
    fflush(stdout);
    return getchar();
}

static uint64_t monotonic_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t port_time_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint32_t port_ticks_ms(void) { return (uint32_t)(monotonic_ns() / 1000000u); }
uint32_t port_ticks_us(void) { return (uint32_t)(monotonic_ns() / 1000u); }
uint32_t port_ticks_cpu(void) { return (uint32_t)monotonic_ns(); }

void port_sleep_us(uint32_t us)
{
    struct timespec ts = { us / 1000000u, (long)(us % 1000000u) * 1000 };
    /* A signal (timer IRQ, Ctrl-C) cuts the sleep short: sleep the rest. */
    while (nanosleep(&ts, &ts) != 0) {
    }
}

void *port_raw_alloc(size_t n) { return malloc(n); }
void port_raw_free(void *p) { free(p); }

char *port_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n - 1 == 0) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (!buf) return NULL;
    buf[n] = 0;
    *len = n;
    return buf;
}

/* The emulated interrupts are the real-time timer signals (irq/ uses them). */
static sigset_t irq_signals(void)
{
    sigset_t s;
    sigemptyset(&s);
    for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++) sigaddset(&s, sig);
    return s;
}

/* The state is a bit per real-time signal: 1 if it was blocked before, so
 * a restore inside a handler keeps that handler's own signal blocked. */
uint32_t port_irq_disable(void)
{
    sigset_t s = irq_signals(), old;
    sigprocmask(SIG_BLOCK, &s, &old);
    uint32_t state = 0;
    for (int sig = SIGRTMIN; sig <= SIGRTMAX && sig - SIGRTMIN < 32; sig++)
        if (sigismember(&old, sig)) state |= 1u << (sig - SIGRTMIN);
    return state;
}

void port_irq_restore(uint32_t state)
{
    sigset_t unblock;
    sigemptyset(&unblock);
    for (int sig = SIGRTMIN; sig <= SIGRTMAX && sig - SIGRTMIN < 32; sig++)
        if (!(state & (1u << (sig - SIGRTMIN)))) sigaddset(&unblock, sig);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
}

size_t port_stack_limit(void) { return 6u * 1024 * 1024; }
