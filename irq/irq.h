/*
 * irq.h — interrupt handlers written in Python (ARCHITECTURE decisions 7-9).
 *
 * Registration turns any callable into an IrqSlot whose `resume` function
 * is chosen once, by kind, so an interrupt never tests the handler's type:
 *
 *   generator function  called with the peripheral, primed to its first
 *                       yield; each interrupt sends the peripheral in
 *   generator instance  primed; each interrupt resumes it the same way
 *   function            a heap frame prepared once; each interrupt rewinds
 *                       it, stores the argument and runs it
 *   bound method of a Python function: as the two above with self preset
 *   anything else       (built-in, callable instance) called generically
 *
 * Native and viper functions run as bytecode for now and take the same
 * slots. Hard dispatch (irq_dispatch) runs the slot inside the interrupt
 * with the heap and the scheduler locked (one counter: gc_lock); soft
 * slots are queued in the scheduler ring (sched.h) and run at the VM's
 * next safe point. An exception disables the slot and is reported, a
 * generator that returns disables it silently.
 */
#ifndef IRQPY_IRQ_H
#define IRQPY_IRQ_H

#include "vm.h"

typedef struct IrqSlot IrqSlot;
typedef value_t (*IrqResume)(IrqSlot *s);

enum {
    IRQ_HARD = 1 << 0,    /* run inside the interrupt; else queued (soft) */
    IRQ_RUNNING = 1 << 1, /* reentrancy guard */
    IRQ_QUEUED = 1 << 2,  /* soft: already waiting in the ring */
};

struct IrqSlot {
    IrqResume resume;   /* per kind; irq_resume_off once disabled */
    Frame *frame;       /* generator's or prepared function's frame, else NULL */
    value_t arg;        /* what the handler receives: the peripheral object */
    uint8_t flags;      /* IRQ_* */
    uint8_t arg_slot;   /* prepared frames: the local that receives arg */
    value_t callable;   /* as registered (callback() returns it); None when off */
    value_t gen;        /* generator kinds: the Generator owning frame */
    uint32_t refused;   /* interrupts refused because the slot was running */
};

/* Prepares s for callable (None: disable). Raises TypeError in the
 * caller's context for a non-callable or wrong arity; for hard slots
 * prints the static allocation check's warnings (irq_check). */
bool irq_slot_set(IrqSlot *s, value_t callable, value_t arg, bool hard);
void irq_slot_clear(IrqSlot *s);
/* The registered callable, None when disabled or finished. */
static inline value_t irq_slot_callable(const IrqSlot *s) { return s->callable ? s->callable : VALUE_NONE; }

/* Hard dispatch, called by an ISR: locks, reentrancy guard, resume. */
void irq_dispatch(IrqSlot *s);
/* Hard handlers run so far (bumped after each, off the latency path): a
 * collector can tell that a handler ran while it was marking. */
extern volatile uint32_t irq_hard_count;
/* Soft dispatch: queues s for the next safe point (counted as refused
 * when it is already queued or the ring is full). */
void irq_queue(IrqSlot *s);
/* The scheduler runs a queued soft slot (heap unlocked). */
void irq_run_soft(IrqSlot *s);

/* Reports of exceptions in hard handlers wait in the emergency buffer
 * until the next safe point (the scheduler prints them). */
void irq_print_reports(void);
/* vm.c's unwinding: a traceback entry that could not be allocated
 * (heap locked in a hard handler) goes to the emergency buffer. */
void irq_traceback_note(value_t exc, value_t code, int line);

/* Static scan of a handler's code for operations that always allocate
 * (check.c); prints one warning per source line. */
extern bool irq_check_enabled;
void irq_check_code(value_t code);

bool irq_init(void);

#endif
