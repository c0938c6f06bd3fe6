/*
 * mod_pyb.c — the pyb module: pyb.Timer (TIM1..TIM14 with hard callbacks,
 * the MicroPython API), pyb.LED, the interrupt profiler's
 * pyb.irq_profile_*, and the helpers that pyb timer scripts use (delay,
 * udelay, millis, micros, elapsed_millis, elapsed_micros, disable_irq,
 * enable_irq).
 *
 * Timers are static singletons, so pyb.Timer(2) always returns the same
 * object and the object an interrupt passes to its handler never moves or
 * dies. The callback lives in the channel's IrqSlot (irq/irq.h); the
 * hardware behind a channel is the port's (irq/timer.h).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "modules.h"

#include "err.h"
#include "irq/prof.h"
#include "irq/timer.h"
#include "list.h"
#include "num.h"
#include "port.h"
#include "str.h"
#include "vm.h"

#define PYB_TIMERS 14

typedef struct PybTimer {
    Object base;
    uint8_t id;        /* 1..14, also the channel */
    bool running;
    uint32_t prescaler, period;
} PybTimer;

static Type type_pyb_timer;
static PybTimer pyb_timers[PYB_TIMERS + 1];

#define TIMER(v) ((PybTimer *)(v))

/* A uint32 as an int; small on the host, and below 2**30 on a board. */
static value_t uint_value(uint32_t n)
{
    return small_int_fits((int64_t)n) ? value_from_small((small_int_t)n) : int_from_u64(n);
}

static bool get_u32(value_t v, uint32_t *out)
{
    uint64_t n;
    if (!int_to_u64(v, &n)) return false;
    if (n > 0xffffffffu) {
        err_raise(&type_ValueError, "value out of range");
        return false;
    }
    *out = (uint32_t)n;
    return true;
}

/* prescaler and period for freq (Hz, int or float): the 32-bit counter
 * takes the whole period unless that needs a prescaler. */
static bool freq_to_ticks(value_t freq, uint32_t source, uint32_t *prescaler, uint32_t *period)
{
    double f;
    if (!num_to_double(freq, &f)) return false;
    if (!(f > 0) || f > source) {
        err_raise(&type_ValueError, "freq must be between %u/2**32 and %u Hz", source, source);
        return false;
    }
    double ticks = floor((double)source / f + 0.5);
    if (ticks < 1) ticks = 1;
    uint64_t t = (uint64_t)ticks;
    uint64_t presc = t >> 32;
    if (presc > 0xffffffffu) {
        err_raise(&type_ValueError, "freq too small");
        return false;
    }
    *prescaler = (uint32_t)presc;
    *period = (uint32_t)(t / (presc + 1) - 1);
    return true;
}

static bool timer_start(PybTimer *t)
{
    t->running = port_timer_start(t->id, t->prescaler, t->period, true);
    if (!t->running) err_raise(&type_OSError, "can't start Timer(%d)", t->id);
    return t->running;
}

static const char *const init_names[] = { "freq", "prescaler", "period", "callback", "mode", "div", "deadtime", NULL };

/* init(*, freq, prescaler, period, callback): args[0] is the timer. */
static value_t timer_init_kw(PybTimer *t, int argc, const value_t *args, value_t kwnames)
{
    value_t a[7];
    if (!arg_parse("init", argc, args, kwnames, init_names, 0, a)) return VALUE_NULL;
    uint32_t source = port_timer_source_freq(t->id), presc, period;
    if (a[0]) {
        if (!freq_to_ticks(a[0], source, &presc, &period)) return VALUE_NULL;
    } else if (a[1] && a[2]) {
        if (!get_u32(a[1], &presc) || !get_u32(a[2], &period)) return VALUE_NULL;
    } else {
        return err_raise(&type_TypeError, "must specify either freq, or prescaler and period");
    }
    port_timer_stop(t->id);
    t->running = false;
    if (a[3] && !irq_slot_set(&timer_slots[t->id], a[3], (value_t)t, true)) return VALUE_NULL;
    t->prescaler = presc;
    t->period = period;
    return timer_start(t) ? VALUE_NONE : VALUE_NULL;
}

static value_t timer_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    (void)cls;
    if (argc < 1) return err_raise(&type_TypeError, "Timer() missing required argument 'id'");
    small_int_t id;
    if (!obj_get_index(args[0], &id)) return VALUE_NULL;
    if (id < 1 || id > PYB_TIMERS) return err_raise(&type_ValueError, "Timer(%d) doesn't exist", (int)id);
    PybTimer *t = &pyb_timers[id];
    if (argc > 1 || (kwnames && TUPLE(kwnames)->len))
        if (!timer_init_kw(t, argc - 1, args + 1, kwnames)) return VALUE_NULL;
    return (value_t)t;
}

static value_t timer_init_fn(int argc, const value_t *args, value_t kwnames)
{
    return timer_init_kw(TIMER(args[0]), argc - 1, args + 1, kwnames);
}

static value_t timer_deinit_fn(value_t self)
{
    PybTimer *t = TIMER(self);
    port_timer_stop(t->id);
    t->running = false;
    irq_slot_clear(&timer_slots[t->id]);
    return VALUE_NONE;
}

static value_t timer_callback_fn(int argc, const value_t *args)
{
    IrqSlot *s = &timer_slots[TIMER(args[0])->id];
    if (argc == 1) return irq_slot_callable(s);
    return irq_slot_set(s, args[1], args[0], true) ? VALUE_NONE : VALUE_NULL;
}

/* The first statement of most handlers: keep it short. */
static value_t timer_counter_fn(int argc, const value_t *args)
{
    PybTimer *t = TIMER(args[0]);
    IRQ_PROF(21);
    if (argc == 1) return uint_value(port_timer_counter(t->id));
    uint32_t v;
    if (!get_u32(args[1], &v)) return VALUE_NULL;
    port_timer_set_counter(t->id, v);
    return VALUE_NONE;
}

/* period(), prescaler(): read, or set and restart. */
static value_t timer_setting(int argc, const value_t *args, bool is_period)
{
    PybTimer *t = TIMER(args[0]);
    uint32_t *field = is_period ? &t->period : &t->prescaler;
    if (argc == 1) return uint_value(*field);
    if (!get_u32(args[1], field)) return VALUE_NULL;
    if (t->running && !timer_start(t)) return VALUE_NULL;
    return VALUE_NONE;
}
static value_t timer_period_fn(int argc, const value_t *args) { return timer_setting(argc, args, true); }
static value_t timer_prescaler_fn(int argc, const value_t *args) { return timer_setting(argc, args, false); }

static value_t timer_freq_fn(int argc, const value_t *args)
{
    PybTimer *t = TIMER(args[0]);
    uint32_t source = port_timer_source_freq(t->id);
    if (argc == 2) {
        if (!freq_to_ticks(args[1], source, &t->prescaler, &t->period)) return VALUE_NULL;
        return timer_start(t) ? VALUE_NONE : VALUE_NULL;
    }
    uint64_t div = (t->prescaler + 1ull) * (t->period + 1ull);
    if (source % div == 0) return int_from_u64(source / div);
    return float_new((double)source / (double)div);
}

static value_t timer_source_freq_fn(value_t self) { return uint_value(port_timer_source_freq(TIMER(self)->id)); }

/* Not in MicroPython: (update events, overruns, refused interrupts). */
static value_t timer_stats_fn(value_t self)
{
    unsigned ch = TIMER(self)->id;
    value_t items[3] = { uint_value(port_timer_events(ch)), uint_value(port_timer_overruns(ch)),
                         uint_value(timer_slots[ch].refused) };
    return tuple_from(3, items);
}

static value_t timer_repr(value_t self)
{
    PybTimer *t = TIMER(self);
    char buf[64];
    if (!t->running) snprintf(buf, sizeof buf, "Timer(%d)", t->id);
    else snprintf(buf, sizeof buf, "Timer(%d, prescaler=%lu, period=%lu)", t->id, (unsigned long)t->prescaler,
                  (unsigned long)t->period);
    return str_from_cstr(buf);
}

static BUILTIN_KW(timer_init_obj, "init", 1, ARGS_MANY, timer_init_fn);
static BUILTIN_FIX(timer_deinit_obj, "deinit", 1, timer_deinit_fn);
static BUILTIN_VAR(timer_callback_obj, "callback", 1, 2, timer_callback_fn);
static BUILTIN_VAR(timer_counter_obj, "counter", 1, 2, timer_counter_fn);
static BUILTIN_VAR(timer_period_obj, "period", 1, 2, timer_period_fn);
static BUILTIN_VAR(timer_prescaler_obj, "prescaler", 1, 2, timer_prescaler_fn);
static BUILTIN_VAR(timer_freq_obj, "freq", 1, 2, timer_freq_fn);
static BUILTIN_FIX(timer_source_freq_obj, "source_freq", 1, timer_source_freq_fn);
static BUILTIN_FIX(timer_stats_obj, "stats", 1, timer_stats_fn);

static const AttrDef timer_methods[] = {
    ATTR_OBJ("init", &timer_init_obj),
    ATTR_OBJ("deinit", &timer_deinit_obj),
    ATTR_OBJ("callback", &timer_callback_obj),
    ATTR_OBJ("counter", &timer_counter_obj),
    ATTR_OBJ("period", &timer_period_obj),
    ATTR_OBJ("prescaler", &timer_prescaler_obj),
    ATTR_OBJ("freq", &timer_freq_obj),
    ATTR_OBJ("source_freq", &timer_source_freq_obj),
    ATTR_OBJ("stats", &timer_stats_obj),
    ATTR_INT("UP", 0),
    ATTR_INT("DOWN", 1),
    ATTR_INT("CENTER", 2),
    ATTR_END,
};

static Type type_pyb_timer = {
    .base = { &type_type },
    .cname = "Timer",
    .methods = timer_methods,
    .make = timer_make,
    .repr = timer_repr,
};

/* ---- LEDs ------------------------------------------------------------------
 * pyb.LED(1..4) are static objects, so `pyb.LED(1).toggle()` works in a
 * hard handler, as on a pyboard. The host has no LEDs: the state is kept
 * and reads back through intensity(). */

#define PYB_LEDS 4

typedef struct PybLed {
    Object base;
    uint8_t id, intensity; /* 0 off .. 255 fully on */
} PybLed;

static Type type_pyb_led;
static PybLed pyb_leds[PYB_LEDS + 1];

#define LED(v) ((PybLed *)(v))

static value_t led_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    (void)cls;
    if (!arg_check_no_kw("LED", kwnames)) return VALUE_NULL;
    if (argc != 1) return err_raise(&type_TypeError, "LED() takes 1 positional argument but %d were given", argc);
    small_int_t id;
    if (!obj_get_index(args[0], &id)) return VALUE_NULL;
    if (id < 1 || id > PYB_LEDS) return err_raise(&type_ValueError, "LED(%d) doesn't exist", (int)id);
    return (value_t)&pyb_leds[id];
}

static value_t led_on_fn(value_t self)
{
    LED(self)->intensity = 255;
    return VALUE_NONE;
}

static value_t led_off_fn(value_t self)
{
    LED(self)->intensity = 0;
    return VALUE_NONE;
}

static value_t led_toggle_fn(value_t self)
{
    LED(self)->intensity = LED(self)->intensity ? 0 : 255;
    return VALUE_NONE;
}

/* intensity() reads, intensity(v) sets (clamped to 0..255). */
static value_t led_intensity_fn(int argc, const value_t *args)
{
    PybLed *led = LED(args[0]);
    if (argc == 1) return value_from_small(led->intensity);
    small_int_t v;
    if (!obj_get_index(args[1], &v)) return VALUE_NULL;
    led->intensity = (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
    return VALUE_NONE;
}

static value_t led_repr(value_t self)
{
    char buf[16];
    snprintf(buf, sizeof buf, "LED(%d)", LED(self)->id);
    return str_from_cstr(buf);
}

static BUILTIN_FIX(led_on_obj, "on", 1, led_on_fn);
static BUILTIN_FIX(led_off_obj, "off", 1, led_off_fn);
static BUILTIN_FIX(led_toggle_obj, "toggle", 1, led_toggle_fn);
static BUILTIN_VAR(led_intensity_obj, "intensity", 1, 2, led_intensity_fn);

static const AttrDef led_methods[] = {
    ATTR_OBJ("on", &led_on_obj),
    ATTR_OBJ("off", &led_off_obj),
    ATTR_OBJ("toggle", &led_toggle_obj),
    ATTR_OBJ("intensity", &led_intensity_obj),
    ATTR_END,
};

static Type type_pyb_led = {
    .base = { &type_type },
    .cname = "LED",
    .methods = led_methods,
    .make = led_make,
    .repr = led_repr,
};

/* ---- Profiler and timing helpers ----------------------------------------- */

static value_t pyb_irq_profile_enable_fn(value_t on)
{
    int t = obj_truthy(on);
    if (t < 0) return VALUE_NULL;
    irq_prof_enable(t);
    return VALUE_NONE;
}

static value_t pyb_irq_profile_get_fn(void)
{
    uint32_t p[PROF_POINTS];
    irq_prof_get(p);
    value_t l = list_new(PROF_POINTS);
    if (!l) return VALUE_NULL;
    for (int i = 0; i < PROF_POINTS; i++) {
        value_t v = uint_value(p[i]);
        if (!v) return VALUE_NULL;
        LIST(l)->items[i] = v;
    }
    return l;
}

static value_t pyb_irq_profile_reset_fn(void)
{
    irq_prof_reset();
    return VALUE_NONE;
}

/* Waits in short slices and runs soft IRQs and scheduled calls meanwhile,
 * as MicroPython's delay does (a signal also cuts a slice short). */
static value_t pyb_delay_fn(value_t ms)
{
    small_int_t n;
    if (!obj_get_index(ms, &n)) return VALUE_NULL;
    return vm_sleep_us(n > 0 ? (uint64_t)n * 1000u : 0) ? VALUE_NONE : VALUE_NULL;
}

static value_t pyb_udelay_fn(value_t us)
{
    small_int_t n;
    if (!obj_get_index(us, &n)) return VALUE_NULL;
    if (n > 0) port_sleep_us((uint32_t)n);
    return VALUE_NONE;
}

/* millis() and micros() count modulo 2**30, as on a pyboard (small ints
 * on the board); elapsed_*(start) is the time since start on that circle. */
#define TICKS_MASK 0x3fffffffu

static value_t pyb_millis_fn(void) { return value_from_small((small_int_t)(port_ticks_ms() & TICKS_MASK)); }
static value_t pyb_micros_fn(void) { return value_from_small((small_int_t)(port_ticks_us() & TICKS_MASK)); }

static value_t elapsed(uint32_t now, value_t start)
{
    small_int_t s;
    if (!obj_get_index(start, &s)) return VALUE_NULL;
    return value_from_small((small_int_t)((now - (uint32_t)s) & TICKS_MASK));
}

static value_t pyb_elapsed_millis_fn(value_t start) { return elapsed(port_ticks_ms(), start); }
static value_t pyb_elapsed_micros_fn(value_t start) { return elapsed(port_ticks_us(), start); }

static BUILTIN_FIX(pyb_irq_profile_enable, "irq_profile_enable", 1, pyb_irq_profile_enable_fn);
static BUILTIN_FIX(pyb_irq_profile_get, "irq_profile_get", 0, pyb_irq_profile_get_fn);
static BUILTIN_FIX(pyb_irq_profile_reset, "irq_profile_reset", 0, pyb_irq_profile_reset_fn);
static BUILTIN_FIX(pyb_delay, "delay", 1, pyb_delay_fn);
static BUILTIN_FIX(pyb_udelay, "udelay", 1, pyb_udelay_fn);
static BUILTIN_FIX(pyb_millis, "millis", 0, pyb_millis_fn);
static BUILTIN_FIX(pyb_micros, "micros", 0, pyb_micros_fn);
static BUILTIN_FIX(pyb_elapsed_millis, "elapsed_millis", 1, pyb_elapsed_millis_fn);
static BUILTIN_FIX(pyb_elapsed_micros, "elapsed_micros", 1, pyb_elapsed_micros_fn);

static const AttrDef pyb_attrs[] = {
    ATTR_OBJ("Timer", &type_pyb_timer),
    ATTR_OBJ("LED", &type_pyb_led),
    ATTR_OBJ("irq_profile_enable", &pyb_irq_profile_enable),
    ATTR_OBJ("irq_profile_get", &pyb_irq_profile_get),
    ATTR_OBJ("irq_profile_reset", &pyb_irq_profile_reset),
    ATTR_OBJ("delay", &pyb_delay),
    ATTR_OBJ("udelay", &pyb_udelay),
    ATTR_OBJ("millis", &pyb_millis),
    ATTR_OBJ("micros", &pyb_micros),
    ATTR_OBJ("elapsed_millis", &pyb_elapsed_millis),
    ATTR_OBJ("elapsed_micros", &pyb_elapsed_micros),
    ATTR_OBJ("disable_irq", &machine_disable_irq), /* the same functions as machine's */
    ATTR_OBJ("enable_irq", &machine_enable_irq),
    ATTR_END,
};

static bool pyb_init(value_t module)
{
    (void)module;
    if (!type_init(&type_pyb_timer) || !type_init(&type_pyb_led)) return false;
    for (int i = 1; i <= PYB_TIMERS; i++) {
        pyb_timers[i].base.type = &type_pyb_timer;
        pyb_timers[i].id = (uint8_t)i;
    }
    for (int i = 1; i <= PYB_LEDS; i++) {
        pyb_leds[i].base.type = &type_pyb_led;
        pyb_leds[i].id = (uint8_t)i;
    }
    return true;
}

const ModuleDef module_pyb = { "pyb", pyb_attrs, pyb_init };
