/*
 * mod_machine.c — the machine module: machine.Timer (MicroPython's
 * portable timer API: periodic or one-shot, period in ms or freq in Hz,
 * hard or soft callbacks) and disable_irq/enable_irq.
 *
 * machine.Timer(-1) takes a free virtual channel (irq/timer.h) while it
 * runs; Timer(n) for 0 <= n < 15 uses channel n, shared with pyb.Timer(n).
 * Running timers are kept in `owners`, a GC root, so that a timer the
 * program dropped keeps working as on MicroPython.
 */
#include <math.h>
#include <stdio.h>

#include "modules.h"

#include "err.h"
#include "gc.h"
#include "irq/timer.h"
#include "num.h"
#include "port.h"
#include "str.h"

enum { MODE_ONE_SHOT = 0, MODE_PERIODIC = 1 };

typedef struct MachineTimer {
    Object base;
    small_int_t id;  /* as given: -1 is virtual */
    int ch;          /* channel while running, -1 otherwise */
} MachineTimer;

static Type type_machine_timer;
static value_t owners[TIMER_CHANNELS]; /* the running machine.Timer of each channel */

#define MTIMER(v) ((MachineTimer *)(v))

static void timer_stop(MachineTimer *t)
{
    if (t->ch < 0) return;
    port_timer_stop((unsigned)t->ch);
    irq_slot_clear(&timer_slots[t->ch]);
    if (owners[t->ch] == (value_t)t) owners[t->ch] = VALUE_NULL;
    t->ch = -1;
}

static int pick_channel(MachineTimer *t)
{
    if (t->id >= 0) return t->id < TIMER_FIRST_VIRTUAL ? (int)t->id : -1;
    for (int ch = TIMER_FIRST_VIRTUAL; ch < TIMER_CHANNELS; ch++)
        if (!owners[ch]) return ch;
    return -1;
}

/* Ticks of the source clock for one period: freq (Hz) wins over period
 * (in units of 1/tick_hz s, ms by default). */
static bool period_ticks(value_t freq, value_t period, value_t tick_hz, uint32_t source, uint64_t *ticks)
{
    double f, p, hz = 1000;
    if (tick_hz && !num_to_double(tick_hz, &hz)) return false;
    if (freq && freq != VALUE_NONE) {
        if (!num_to_double(freq, &f)) return false;
        if (!(f > 0)) return err_raise(&type_ValueError, "freq must be positive"), false;
        p = source / f;
    } else if (period) {
        if (!num_to_double(period, &p)) return false;
        if (!(p > 0) || !(hz > 0)) return err_raise(&type_ValueError, "period must be positive"), false;
        p = p * source / hz;
    } else {
        return err_raise(&type_TypeError, "need period or freq"), false;
    }
    *ticks = p < 1 ? 1 : (uint64_t)floor(p + 0.5);
    return true;
}

/* Parameters of init(), after the id of the constructor. */
static const char *const make_names[] = { "id", "mode", "period", "freq", "callback", "hard", "tick_hz", NULL };
enum { A_ID, A_MODE, A_PERIOD, A_FREQ, A_CALLBACK, A_HARD, A_TICK_HZ, A_COUNT };

static value_t timer_configure(MachineTimer *t, const value_t *a)
{
    small_int_t mode = MODE_PERIODIC;
    if (a[A_MODE] && !obj_get_index(a[A_MODE], &mode)) return VALUE_NULL;
    int hard = a[A_HARD] ? obj_truthy(a[A_HARD]) : 1;
    if (hard < 0) return VALUE_NULL;
    timer_stop(t);
    int ch = pick_channel(t);
    if (ch < 0) return err_raise(&type_ValueError, "no free timer for Timer(%d)", (int)t->id);
    uint64_t ticks;
    if (!period_ticks(a[A_FREQ], a[A_PERIOD], a[A_TICK_HZ], port_timer_source_freq((unsigned)ch), &ticks))
        return VALUE_NULL;
    uint64_t presc = ticks >> 32;
    if (a[A_CALLBACK] && !irq_slot_set(&timer_slots[ch], a[A_CALLBACK], (value_t)t, hard)) return VALUE_NULL;
    if (!port_timer_start((unsigned)ch, (uint32_t)presc, (uint32_t)(ticks / (presc + 1) - 1), mode != MODE_ONE_SHOT)) {
        irq_slot_clear(&timer_slots[ch]);
        return err_raise(&type_OSError, "can't start the timer");
    }
    if (owners[ch] && owners[ch] != (value_t)t) MTIMER(owners[ch])->ch = -1;
    owners[ch] = (value_t)t;
    t->ch = ch;
    return VALUE_NONE;
}

static value_t timer_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    (void)cls;
    value_t a[A_COUNT];
    if (!arg_parse("Timer", argc, args, kwnames, make_names, 1, a)) return VALUE_NULL;
    small_int_t id = -1;
    if (a[A_ID] && !obj_get_index(a[A_ID], &id)) return VALUE_NULL;
    MachineTimer *t = gc_new_object(sizeof(MachineTimer), &type_machine_timer);
    if (!t) return VALUE_NULL;
    t->id = id;
    t->ch = -1;
    bool configure = false;
    for (int i = A_MODE; i < A_COUNT; i++) configure |= a[i] != VALUE_NULL;
    if (configure && !timer_configure(t, a)) return VALUE_NULL;
    return (value_t)t;
}

static value_t timer_init_fn(int argc, const value_t *args, value_t kwnames)
{
    value_t a[A_COUNT];
    if (!arg_parse("init", argc - 1, args + 1, kwnames, make_names + 1, 0, a + 1)) return VALUE_NULL;
    a[A_ID] = VALUE_NULL;
    return timer_configure(MTIMER(args[0]), a);
}

static value_t timer_deinit_fn(value_t self)
{
    timer_stop(MTIMER(self));
    return VALUE_NONE;
}

static value_t timer_repr(value_t self)
{
    char buf[32];
    snprintf(buf, sizeof buf, "Timer(%ld)", (long)MTIMER(self)->id);
    return str_from_cstr(buf);
}

static BUILTIN_KW(timer_init_obj, "init", 1, ARGS_MANY, timer_init_fn);
static BUILTIN_FIX(timer_deinit_obj, "deinit", 1, timer_deinit_fn);

static const AttrDef timer_methods[] = {
    ATTR_OBJ("init", &timer_init_obj),
    ATTR_OBJ("deinit", &timer_deinit_obj),
    ATTR_INT("ONE_SHOT", MODE_ONE_SHOT),
    ATTR_INT("PERIODIC", MODE_PERIODIC),
    ATTR_END,
};

static Type type_machine_timer = {
    .base = { &type_type },
    .cname = "Timer",
    .methods = timer_methods,
    .make = timer_make,
    .repr = timer_repr,
};

/* disable_irq() returns the state to give back to enable_irq(state). */
static value_t machine_disable_irq_fn(void) { return value_from_small((small_int_t)port_irq_disable()); }

static value_t machine_enable_irq_fn(int argc, const value_t *args)
{
    small_int_t st = 0;
    if (argc && !obj_get_index(args[0], &st)) return VALUE_NULL;
    port_irq_restore((uint32_t)st);
    return VALUE_NONE;
}

BUILTIN_FIX(machine_disable_irq, "disable_irq", 0, machine_disable_irq_fn);
BUILTIN_VAR(machine_enable_irq, "enable_irq", 0, 1, machine_enable_irq_fn);

static const AttrDef machine_attrs[] = {
    ATTR_OBJ("Timer", &type_machine_timer),
    ATTR_OBJ("disable_irq", &machine_disable_irq),
    ATTR_OBJ("enable_irq", &machine_enable_irq),
    ATTR_END,
};

static bool machine_init(value_t module)
{
    (void)module;
    gc_add_root_range(owners, TIMER_CHANNELS);
    return type_init(&type_machine_timer);
}

const ModuleDef module_machine = { "machine", machine_attrs, machine_init };
