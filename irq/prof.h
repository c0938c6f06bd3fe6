/*
 * prof.h — the interrupt profiler (ARCHITECTURE decision 10): 24 capture
 * points P0..P23, compiled in only with CONFIG_IRQ_PROFILE (make
 * PROFILE=1). Each point stores the interrupting timer's counter the first
 * time it is reached during one captured interrupt; compiled out, IRQ_PROF
 * expands to nothing. The points are listed in docs/profiler.md.
 */
#ifndef IRQPY_PROF_H
#define IRQPY_PROF_H

#include <stdbool.h>
#include <stdint.h>

#define PROF_POINTS 24

#if CONFIG_IRQ_PROFILE
extern volatile bool irq_prof_armed;  /* between P0 and P6 of a captured interrupt */
extern uint32_t irq_prof_points[PROF_POINTS];
uint32_t irq_prof_now(void);
#define IRQ_PROF(n)                                                             \
    do {                                                                        \
        if (irq_prof_armed && !irq_prof_points[n]) irq_prof_points[n] = irq_prof_now(); \
    } while (0)
/* P0: arms the capture when enabled and nothing was captured since reset. */
void irq_prof_begin(unsigned channel);
#define IRQ_PROF_BEGIN(ch) irq_prof_begin(ch)
#define IRQ_PROF_END() (irq_prof_armed = false)
#else
#define IRQ_PROF(n) ((void)0)
#define IRQ_PROF_BEGIN(ch) ((void)0)
#define IRQ_PROF_END() ((void)0)
#endif

/* pyb.irq_profile_*: work in every build (all zeros when compiled out). */
void irq_prof_enable(bool on);
void irq_prof_reset(void);
void irq_prof_get(uint32_t out[PROF_POINTS]);

#endif
