/*
 * driver.c — the host latency harness: counts the instructions from the
 * entry of the timer channel handler (irq_timer_isr, what the port's ISR
 * calls) to the handler's first statement reaching the timer's counter
 * read, for one kind of handler.
 *
 * It links the core with this file standing in for the port's timers:
 * the "interrupt" is a plain call of irq_timer_isr, and
 * port_timer_counter() is where the measured path ends. Run under
 * `valgrind --tool=callgrind --collect-atstart=no`: collection is switched
 * on right before each call of irq_timer_isr and off in the counter read,
 * so the total is N times the path (plus a constant; run.py takes the
 * difference of two runs to cancel it).
 *
 * usage: latency_driver KIND N     (KIND: see `kinds` below)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <valgrind/callgrind.h>

#include "config.h"
#include "err.h"
#include "gc.h"
#include "irq/irq.h"
#include "irq/timer.h"
#include "module.h"
#include "port.h"
#include "str.h"
#include "dict.h"

#define CHANNEL 2

/* Python set-up per kind: each registers a handler on pyb.Timer(2) whose
 * first statement is `t.counter()`. */
static const struct { const char *name, *source; } kinds[] = {
    { "generator",
      "def h(t):\n"
      "    while True:\n"
      "        t = yield\n"
      "        c = t.counter()\n"
      "tim.callback(h)\n" },
    { "function",
      "def h(t):\n"
      "    c = t.counter()\n"
      "tim.callback(h)\n" },
    { "native-generator",
      "@micropython.native\n"
      "def h(t):\n"
      "    while True:\n"
      "        t = yield\n"
      "        c = t.counter()\n"
      "tim.callback(h)\n" },
    { "bound-method",
      "class C:\n"
      "    def irq(self, t):\n"
      "        c = t.counter()\n"
      "o = C()\n"
      "tim.callback(o.irq)\n" },
    { "closure",
      "def make():\n"
      "    n = 0\n"
      "    def h(t):\n"
      "        c = t.counter()\n"
      "        return n\n"
      "    return h\n"
      "tim.callback(make())\n" },
    { "callable-instance",
      "class C:\n"
      "    def __call__(self, t):\n"
      "        c = t.counter()\n"
      "tim.callback(C())\n" },
};

static int collecting;

/* ---- The port's timers, as far as the measurement needs them ---------- */

bool port_timer_start(unsigned ch, uint32_t prescaler, uint32_t period, bool periodic) { return true; }
void port_timer_stop(unsigned ch) {}
void port_timer_set_counter(unsigned ch, uint32_t ticks) {}
uint32_t port_timer_source_freq(unsigned ch) { return 250000000u; }
uint32_t port_timer_events(unsigned ch) { return 0; }
uint32_t port_timer_overruns(unsigned ch) { return 0; }

/* The end of the measured path. */
uint32_t port_timer_counter(unsigned ch)
{
    if (collecting) {
        CALLGRIND_TOGGLE_COLLECT;
        collecting = 0;
    }
    return 1234;
}

static void die(const char *what)
{
    fprintf(stderr, "latency_driver: %s\n", what);
    if (err_occurred()) exc_print(err_fetch());
    exit(1);
}

int main(int argc, char **argv)
{
    char here;
    port_stack_top = &here;
    if (argc != 3) die("usage: latency_driver KIND N");
    int kind = -1;
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (!strcmp(argv[1], kinds[i].name)) kind = (int)i;
    if (kind < 0) die("unknown kind");
    long n = strtol(argv[2], NULL, 10);
    size_t heap_size = CONFIG_HEAP_SIZE;
    void *heap = malloc(heap_size);
    gc_init(heap, heap_size);
    if (!str_init() || !type_init_builtins() || !vm_init() || !irq_init()) die("start-up failed");
    char src[1024];
    snprintf(src, sizeof src, "import pyb, micropython\ntim = pyb.Timer(%d, freq=1000)\n%s", CHANNEL,
             kinds[kind].source);
    value_t g = dict_new(8);
    if (!g || !dict_set_cstr(g, "__name__", str_from_cstr("__main__"))) die("globals");
    gc_add_root(&g);
    if (!module_run_source(src, strlen(src), "<latency>", g)) die("set-up failed");
    for (int i = 0; i < 10; i++) irq_timer_isr(CHANNEL); /* warm the caches */
    for (long i = 0; i < n; i++) {
        collecting = 1;
        CALLGRIND_TOGGLE_COLLECT;
        irq_timer_isr(CHANNEL);
        if (collecting) die("the handler did not read the counter");
    }
    if (timer_slots[CHANNEL].callable == VALUE_NULL) die("the handler was disabled");
    return 0;
}
