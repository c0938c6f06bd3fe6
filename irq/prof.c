/*
 * prof.c — state of the interrupt profiler (prof.h). A capture is the
 * first interrupt after irq_prof_reset() (or enabling): P0 arms it, P6
 * disarms it, and the points stay until the next reset so that
 * pyb.irq_profile_get() reads one consistent interrupt.
 */
#include "prof.h"

#include <string.h>

#include "timer.h"

#if CONFIG_IRQ_PROFILE
static bool enabled;
static unsigned channel;
volatile bool irq_prof_armed;
uint32_t irq_prof_points[PROF_POINTS];

/* Never 0: a point that reads 0 would look unreached. */
uint32_t irq_prof_now(void)
{
    uint32_t t = port_timer_counter(channel);
    return t ? t : 1;
}

void irq_prof_begin(unsigned ch)
{
    if (!enabled || irq_prof_points[0]) return;
    channel = ch;
    irq_prof_armed = true;
    IRQ_PROF(0);
}

void irq_prof_enable(bool on)
{
    enabled = on;
    irq_prof_armed = false;
}

void irq_prof_reset(void)
{
    irq_prof_armed = false;
    memset(irq_prof_points, 0, sizeof irq_prof_points);
}

void irq_prof_get(uint32_t out[PROF_POINTS]) { memcpy(out, irq_prof_points, sizeof irq_prof_points); }

#else

void irq_prof_enable(bool on) { (void)on; }
void irq_prof_reset(void) {}
void irq_prof_get(uint32_t out[PROF_POINTS]) { memset(out, 0, PROF_POINTS * sizeof(uint32_t)); }

#endif
