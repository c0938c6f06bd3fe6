/*
 * sched.h — the soft-interrupt queue (ARCHITECTURE decision 9): a fixed
 * ring that the VM runs at its next safe point with the heap unlocked.
 * An entry is either a call fn(arg) (micropython.schedule) or a soft IRQ
 * slot (irq.h). Pushing never allocates, so hard handlers may push too.
 * The same hook prints the reports of exceptions from hard handlers.
 */
#ifndef IRQPY_SCHED_H
#define IRQPY_SCHED_H

#include "object.h"

#define SCHED_QUEUE_SIZE 8

struct IrqSlot;
void sched_init(void);
/* Queue fn(arg); false (no exception set) when the ring is full. */
bool sched_push(value_t fn, value_t arg);
/* Queue a soft slot; false when the ring is full. */
bool sched_push_slot(struct IrqSlot *slot);

#endif
