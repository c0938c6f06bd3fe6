/*
 * port.c — the host (Linux) implementation of vm/port.h: console on
 * file descriptors 1 and 2, clocks from CLOCK_MONOTONIC, files from the
 * file system. Interrupt masking blocks the signals that emulate hardware
 * interrupts.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "host.h"
#include "port.h"

char *port_stack_top;
volatile sig_atomic_t host_irqs_installed;

/* ---- Console -------------------------------------------------------------
 * Output is buffered here, not by stdio: a hard IRQ handler (here a signal
 * handler) may print, and stdio is not async-signal-safe. Once there are
 * interrupts, the buffer is only touched with their signals blocked, so a
 * handler never finds it half-updated; it goes out with write(2): when
 * full, at each newline on a terminal, and at port_flush. */

static struct {
    char data[4096];
    size_t len;
    int line_mode; /* -1 until the first write: then whether fd 1 is a terminal */
} console = { .line_mode = -1 };

static void write_all(int fd, const char *s, size_t n)
{
    while (n) {
        ssize_t k = write(fd, s, n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return; /* nowhere to write to: the output is dropped */
        s += k;
        n -= (size_t)k;
    }
}

static void console_drain(void)
{
    write_all(1, console.data, console.len);
    console.len = 0;
}

static uint32_t console_lock(void) { return host_irqs_installed ? port_irq_disable() : 0; }

static void console_unlock(uint32_t st)
{
    if (host_irqs_installed) port_irq_restore(st);
}

void port_write(const char *s, size_t n)
{
    uint32_t st = console_lock();
    if (console.line_mode < 0) console.line_mode = isatty(1);
    bool newline = console.line_mode && memchr(s, '\n', n);
    while (n) {
        size_t k = sizeof console.data - console.len;
        if (k > n) k = n;
        memcpy(console.data + console.len, s, k);
        console.len += k;
        s += k;
        n -= k;
        if (console.len == sizeof console.data) console_drain();
    }
    if (newline) console_drain();
    console_unlock(st);
}

void port_flush(void)
{
    uint32_t st = console_lock();
    console_drain();
    console_unlock(st);
}

void port_write_err(const char *s, size_t n)
{
    uint32_t st = console_lock();
    console_drain();
    write_all(2, s, n);
    console_unlock(st);
}

int port_read_char(void)
{
    port_flush();
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
    /* Until an absolute deadline: a signal (timer IRQ, Ctrl-C) cuts the
     * sleep short, and restarting a relative sleep with the remainder the
     * kernel reports can sleep far longer under a fast timer. */
    uint64_t end = monotonic_ns() + (uint64_t)us * 1000u;
    struct timespec ts = { (time_t)(end / 1000000000u), (long)(end % 1000000000u) };
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {
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
