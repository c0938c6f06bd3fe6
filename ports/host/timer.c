/*
 * timer.c — the host's emulation of the hardware timers TIM1..TIM14 and
 * the virtual ones (irq/timer.h): one POSIX timer per channel on
 * CLOCK_MONOTONIC, each signalling its own real-time signal
 * (SIGRTMIN + channel). The signal handler is the ISR: it calls the core's
 * channel handler, which runs a hard Python handler right there, in the
 * signal handler, wherever the main program was interrupted — exactly the
 * situation of an interrupt on the board. port_irq_disable (port.c)
 * blocks these signals.
 *
 * The counter is computed, not read: the timer counts ticks of
 * source/(prescaler+1) from `base`, the time of an update event, so
 * counter() = elapsed ticks modulo period+1. Signals of one timer that
 * are still pending when it fires again are merged by the kernel; those
 * lost update events are the overruns. The source clock is 250 MHz (TIM2
 * on the STM32H563) unless the environment variable IRQPY_TIMER_HZ sets
 * another; the host cannot interrupt faster than about 1 MHz.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "host.h"
#include "irq/timer.h"

#define DEFAULT_SOURCE_HZ 250000000u /* TIM2 on the STM32H563 */

typedef struct HostTimer {
    timer_t id;
    bool created, running;
    uint32_t prescaler, period;
    uint64_t base_ns;          /* an update event (the counter was 0) */
    uint64_t period_ns;        /* between update events */
    volatile uint32_t events, overruns;
} HostTimer;

static HostTimer timers[TIMER_CHANNELS];
static uint32_t source_hz;

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static struct timespec to_timespec(uint64_t ns)
{
    struct timespec ts = { (time_t)(ns / 1000000000u), (long)(ns % 1000000000u) };
    return ts;
}

/* The ISR. Overruns are read after the handler, off the latency path. */
static void on_signal(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    unsigned ch = (unsigned)si->si_value.sival_int;
    if (ch >= TIMER_CHANNELS) return;
    HostTimer *t = &timers[ch];
    t->events++;
    irq_timer_isr(ch);
    int lost = timer_getoverrun(t->id);
    if (lost > 0) t->overruns += (uint32_t)lost;
}

uint32_t port_timer_source_freq(unsigned ch)
{
    (void)ch;
    if (!source_hz) {
        const char *env = getenv("IRQPY_TIMER_HZ");
        long v = env ? strtol(env, NULL, 10) : 0;
        source_hz = v > 0 ? (uint32_t)v : DEFAULT_SOURCE_HZ;
    }
    return source_hz;
}

static bool create(unsigned ch)
{
    HostTimer *t = &timers[ch];
    if (t->created) return true;
    int sig = SIGRTMIN + 1 + (int)ch;
    if (sig > SIGRTMAX) return false;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_signal;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&sa.sa_mask); /* other timers may nest, like interrupt priorities */
    host_irqs_installed = 1;
    if (sigaction(sig, &sa, NULL)) return false;
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_SIGNAL;
    ev.sigev_signo = sig;
    ev.sigev_value.sival_int = (int)ch;
    if (timer_create(CLOCK_MONOTONIC, &ev, &t->id)) return false;
    t->created = true;
    return true;
}

/* Arms the timer so that the next update event comes after `first` ns. */
static bool arm(HostTimer *t, uint64_t first, bool periodic)
{
    struct itimerspec its;
    its.it_value = to_timespec(first ? first : 1);
    its.it_interval = periodic ? to_timespec(t->period_ns) : to_timespec(0);
    t->base_ns = now_ns() + first - t->period_ns;
    return timer_settime(t->id, 0, &its, NULL) == 0;
}

bool port_timer_start(unsigned ch, uint32_t prescaler, uint32_t period, bool periodic)
{
    if (ch >= TIMER_CHANNELS || !create(ch)) return false;
    HostTimer *t = &timers[ch];
    t->prescaler = prescaler;
    t->period = period;
    unsigned __int128 ticks = (unsigned __int128)(prescaler + 1ull) * (period + 1ull) * 1000000000u;
    t->period_ns = (uint64_t)(ticks / port_timer_source_freq(ch));
    if (t->period_ns < 1000) t->period_ns = 1000; /* the host cannot do better than ~1 MHz */
    t->events = t->overruns = 0;
    t->running = arm(t, t->period_ns, periodic);
    return t->running;
}

void port_timer_stop(unsigned ch)
{
    if (ch >= TIMER_CHANNELS || !timers[ch].created) return;
    struct itimerspec its;
    memset(&its, 0, sizeof its);
    timer_settime(timers[ch].id, 0, &its, NULL);
    timers[ch].running = false;
}

uint32_t port_timer_counter(unsigned ch)
{
    const HostTimer *t = &timers[ch];
    if (!t->period_ns) return 0;
    uint64_t ns = now_ns() - t->base_ns;
    ns %= t->period_ns;
    unsigned __int128 ticks = (unsigned __int128)ns * port_timer_source_freq(ch) / 1000000000u;
    return (uint32_t)(ticks / (t->prescaler + 1ull));
}

void port_timer_set_counter(unsigned ch, uint32_t value)
{
    HostTimer *t = &timers[ch];
    if (!t->running) return;
    uint64_t at = (uint64_t)((unsigned __int128)value * (t->prescaler + 1ull) * 1000000000u /
                             port_timer_source_freq(ch));
    if (at >= t->period_ns) at = t->period_ns - 1;
    struct itimerspec its;
    timer_gettime(t->id, &its);
    arm(t, t->period_ns - at, its.it_interval.tv_sec || its.it_interval.tv_nsec);
}

uint32_t port_timer_events(unsigned ch) { return timers[ch].events; }
uint32_t port_timer_overruns(unsigned ch) { return timers[ch].overruns; }
