/*
 * sched.c — the soft-interrupt ring. Producers (the main program, hard
 * IRQ handlers) and the consumer (the VM at a safe point) run on one
 * core, so interrupts are masked only around the index updates.
 */
#include "sched.h"

#include "gc.h"
#include "port.h"
#include "vm.h"

_Static_assert((SCHED_QUEUE_SIZE & (SCHED_QUEUE_SIZE - 1)) == 0, "the ring size must be a power of two");

static value_t ring[SCHED_QUEUE_SIZE][2];
static volatile unsigned head, tail; /* head: next to run; tail: next free */

bool sched_push(value_t fn, value_t arg)
{
    uint32_t s = port_irq_disable();
    bool ok = tail - head < SCHED_QUEUE_SIZE;
    if (ok) {
        unsigned i = tail % SCHED_QUEUE_SIZE;
        ring[i][0] = fn;
        ring[i][1] = arg;
        tail++;
        vm_state.pending = 1;
    }
    port_irq_restore(s);
    return ok;
}

/* vm_pending_hook: runs every queued call; an exception stops the run and
 * propagates into the interrupted code, as in MicroPython. */
static bool run_queue(void)
{
    while (head != tail) {
        uint32_t s = port_irq_disable();
        unsigned i = head % SCHED_QUEUE_SIZE;
        value_t fn = ring[i][0], arg = ring[i][1];
        ring[i][0] = ring[i][1] = VALUE_NULL;
        head++;
        port_irq_restore(s);
        if (!obj_call1(fn, arg)) {
            if (head != tail) vm_state.pending = 1;
            return false;
        }
    }
    return true;
}

void sched_init(void)
{
    gc_add_root_range(&ring[0][0], SCHED_QUEUE_SIZE * 2);
    vm_pending_hook = run_queue;
}
