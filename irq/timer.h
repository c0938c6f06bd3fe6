/*
 * timer.h — timer interrupts: the contract between the core's timer
 * modules (pyb.Timer, machine.Timer) and a port's hardware timers.
 *
 * A channel is one up-counting timer: ticks of source/(prescaler+1),
 * update event every period+1 ticks. Channels 1-14 are TIM1..TIM14;
 * the others are free for machine.Timer(-1). The port calls
 * irq_timer_isr(ch) from the channel's interrupt (the host: from the
 * real-time signal of a POSIX timer), which dispatches the channel's slot.
 */
#ifndef IRQPY_IRQ_TIMER_H
#define IRQPY_IRQ_TIMER_H

#include "irq.h"

#define TIMER_CHANNELS 24
#define TIMER_FIRST_VIRTUAL 15

/* Implemented by the port (ports/host/timer.c). */
bool port_timer_start(unsigned ch, uint32_t prescaler, uint32_t period, bool periodic); /* false: OSError */
void port_timer_stop(unsigned ch);
uint32_t port_timer_counter(unsigned ch);           /* ticks since the last update event */
void port_timer_set_counter(unsigned ch, uint32_t ticks);
uint32_t port_timer_source_freq(unsigned ch);
uint32_t port_timer_events(unsigned ch);            /* update events signalled */
uint32_t port_timer_overruns(unsigned ch);          /* update events lost (merged into one signal) */

/* Implemented by the core (irq.c): the slot of each channel, and the
 * channel handler the port's ISR calls. */
extern IrqSlot timer_slots[TIMER_CHANNELS];
void irq_timer_isr(unsigned ch);

#endif
