/*
 * sched.h — the soft-interrupt queue (ARCHITECTURE decision 9): a fixed
 * ring of (callable, argument) pairs that the VM runs at its next safe
 * point with the heap unlocked. micropython.schedule() and soft IRQ
 * handlers (hard=False) feed it; it never allocates, so a hard IRQ may too.
 */
#ifndef IRQPY_SCHED_H
#define IRQPY_SCHED_H

#include "object.h"

#define SCHED_QUEUE_SIZE 8

void sched_init(void);
/* Queue fn(arg); false (no exception set) when the ring is full. */
bool sched_push(value_t fn, value_t arg);

#endif
