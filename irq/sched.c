/*
 * sched.c — the soft-interrupt ring. Producers (the main program, hard
 * IRQ handlers, timer interrupts queueing soft slots) and the consumer
 * (the VM at a safe point) run on one core, so interrupts are masked
 * only around the index updates.
 */
#include "sched.h"

#include "gc.h"
#include "irq.h"
#include "port.h"
#include "vm.h"

_Static_assert((SCHED_QUEUE_SIZE & (SCHED_QUEUE_SIZE - 1)) == 0, "the ring size must be a power of two");

typedef struct Entry {
    value_t fn, arg;   /* a scheduled call, or */
    struct IrqSlot *slot; /* a soft IRQ slot (fn and arg unused) */
} Entry;

static Entry ring[SCHED_QUEUE_SIZE];
static volatile unsigned head, tail; /* head: next to run; tail: next free */

static bool push(value_t fn, value_t arg, IrqSlot *slot)
{
    uint32_t s = port_irq_disable();
    bool ok = tail - head < SCHED_QUEUE_SIZE;
    if (ok) {
        Entry *e = &ring[tail % SCHED_QUEUE_SIZE];
        e->fn = fn;
        e->arg = arg;
        e->slot = slot;
        tail++;
        vm_state.pending = 1;
    }
    port_irq_restore(s);
    return ok;
}

bool sched_push(value_t fn, value_t arg) { return push(fn, arg, NULL); }
bool sched_push_slot(IrqSlot *slot) { return push(VALUE_NULL, VALUE_NULL, slot); }

/* vm_pending_hook: prints what hard handlers reported, then runs the
 * entries queued so far (not those queued meanwhile: a fast interrupt that
 * keeps the ring full must not starve the main program; they wait for the
 * next safe point). Entries never nest: the safe points inside a scheduled
 * call or a soft handler leave the ring alone. An exception from a
 * scheduled call stops the run and propagates into the interrupted code,
 * as in MicroPython; soft slots report and disable themselves instead. */
static bool running;

static bool run_entries(void)
{
    unsigned end = tail;
    while (head != end) {
        uint32_t s = port_irq_disable();
        Entry e = ring[head % SCHED_QUEUE_SIZE];
        ring[head % SCHED_QUEUE_SIZE] = (Entry){ VALUE_NULL, VALUE_NULL, NULL };
        head++;
        port_irq_restore(s);
        if (e.slot) irq_run_soft(e.slot);
        else if (!obj_call1(e.fn, e.arg)) return false;
    }
    return true;
}

static bool run_queue(void)
{
    irq_print_reports();
    if (running) return true;
    running = true;
    bool ok = run_entries();
    running = false;
    if (head != tail) vm_state.pending = 1;
    return ok;
}

void sched_init(void)
{
    gc_add_root_range((value_t *)ring, sizeof ring / (sizeof(value_t)));
    vm_pending_hook = run_queue;
}
