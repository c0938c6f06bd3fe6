/*
 * mod_time.c — the time module: CPython's time, time_ns, sleep and
 * MicroPython's sleep_ms, sleep_us and ticks_* (wrapping ms/us/cpu counters
 * with ticks_diff/ticks_add arithmetic modulo TICKS_PERIOD).
 */
#include "modules.h"

#include "err.h"
#include "num.h"
#include "port.h"
#include "vm.h"

/* ticks wrap at 2**30 as in MicroPython, so they stay small ints on the board. */
#define TICKS_PERIOD (1L << 30)
#define TICKS_MASK (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)

static value_t time_time_fn(void) { return float_new((double)port_time_ns() / 1e9); }
static value_t time_time_ns_fn(void) { return int_from_u64(port_time_ns()); }

/* Sleeps in chunks of at most an hour (vm_sleep_us's tick limit). */
static value_t sleep_us(double us)
{
    while (us > 0) {
        double chunk = us > 3.6e9 ? 3.6e9 : us;
        if (!vm_sleep_us((uint64_t)chunk)) return VALUE_NULL;
        us -= chunk;
    }
    return VALUE_NONE;
}

static value_t time_sleep_fn(value_t secs)
{
    double s;
    if (!num_to_double(secs, &s)) return VALUE_NULL;
    if (s < 0) return err_raise(&type_ValueError, "sleep length must be non-negative");
    return sleep_us(s * 1e6);
}

static value_t sleep_units(value_t n, uint32_t scale)
{
    small_int_t v;
    if (!obj_get_index(n, &v)) return VALUE_NULL;
    return sleep_us(v > 0 ? (double)v * scale : 0);
}
static value_t time_sleep_ms_fn(value_t n) { return sleep_units(n, 1000); }
static value_t time_sleep_us_fn(value_t n) { return sleep_units(n, 1); }

static value_t time_ticks_ms_fn(void) { return value_from_small(port_ticks_ms() & TICKS_MASK); }
static value_t time_ticks_us_fn(void) { return value_from_small(port_ticks_us() & TICKS_MASK); }
static value_t time_ticks_cpu_fn(void) { return value_from_small(port_ticks_cpu() & TICKS_MASK); }

static bool get_ticks(value_t v, small_int_t *out)
{
    if (!obj_get_index(v, out)) return false;
    return true;
}

static value_t time_ticks_diff_fn(value_t end, value_t start)
{
    small_int_t a, b;
    if (!get_ticks(end, &a) || !get_ticks(start, &b)) return VALUE_NULL;
    small_int_t d = ((a - b + TICKS_HALF) & TICKS_MASK) - TICKS_HALF;
    return value_from_small(d);
}

static value_t time_ticks_add_fn(value_t t, value_t delta)
{
    small_int_t a, b;
    if (!get_ticks(t, &a) || !get_ticks(delta, &b)) return VALUE_NULL;
    return value_from_small((a + b) & TICKS_MASK);
}

static BUILTIN_FIX(time_time_b, "time", 0, time_time_fn);
static BUILTIN_FIX(time_time_ns_b, "time_ns", 0, time_time_ns_fn);
static BUILTIN_FIX(time_sleep_b, "sleep", 1, time_sleep_fn);
static BUILTIN_FIX(time_sleep_ms_b, "sleep_ms", 1, time_sleep_ms_fn);
static BUILTIN_FIX(time_sleep_us_b, "sleep_us", 1, time_sleep_us_fn);
static BUILTIN_FIX(time_ticks_ms_b, "ticks_ms", 0, time_ticks_ms_fn);
static BUILTIN_FIX(time_ticks_us_b, "ticks_us", 0, time_ticks_us_fn);
static BUILTIN_FIX(time_ticks_cpu_b, "ticks_cpu", 0, time_ticks_cpu_fn);
static BUILTIN_FIX(time_ticks_diff_b, "ticks_diff", 2, time_ticks_diff_fn);
static BUILTIN_FIX(time_ticks_add_b, "ticks_add", 2, time_ticks_add_fn);

static const AttrDef time_attrs[] = {
    ATTR_OBJ("time", &time_time_b),         ATTR_OBJ("time_ns", &time_time_ns_b),
    ATTR_OBJ("sleep", &time_sleep_b),       ATTR_OBJ("sleep_ms", &time_sleep_ms_b),
    ATTR_OBJ("sleep_us", &time_sleep_us_b), ATTR_OBJ("ticks_ms", &time_ticks_ms_b),
    ATTR_OBJ("ticks_us", &time_ticks_us_b), ATTR_OBJ("ticks_cpu", &time_ticks_cpu_b),
    ATTR_OBJ("ticks_diff", &time_ticks_diff_b), ATTR_OBJ("ticks_add", &time_ticks_add_b),
    ATTR_END,
};

const ModuleDef module_time = { "time", time_attrs, NULL };
