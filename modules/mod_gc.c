/*
 * mod_gc.c — the gc module: collect, enable, disable, isenabled, mem_free,
 * mem_alloc (the last two as in MicroPython).
 */
#include "modules.h"

#include "gc.h"

static value_t gc_collect_fn(void)
{
    gc_collect();
    return VALUE_NONE;
}
static value_t gc_enable_fn(void)
{
    gc_enable(true);
    return VALUE_NONE;
}
static value_t gc_disable_fn(void)
{
    gc_enable(false);
    return VALUE_NONE;
}
static value_t gc_isenabled_fn(void) { return value_from_bool(gc_is_enabled()); }
static value_t gc_mem_free_fn(void)
{
    GcStats s;
    gc_stats(&s);
    return value_from_small((small_int_t)s.free);
}
static value_t gc_mem_alloc_fn(void)
{
    GcStats s;
    gc_stats(&s);
    return value_from_small((small_int_t)s.used);
}

static BUILTIN_FIX(gc_collect_b, "collect", 0, gc_collect_fn);
static BUILTIN_FIX(gc_enable_b, "enable", 0, gc_enable_fn);
static BUILTIN_FIX(gc_disable_b, "disable", 0, gc_disable_fn);
static BUILTIN_FIX(gc_isenabled_b, "isenabled", 0, gc_isenabled_fn);
static BUILTIN_FIX(gc_mem_free_b, "mem_free", 0, gc_mem_free_fn);
static BUILTIN_FIX(gc_mem_alloc_b, "mem_alloc", 0, gc_mem_alloc_fn);

static const AttrDef gc_attrs[] = {
    ATTR_OBJ("collect", &gc_collect_b),     ATTR_OBJ("enable", &gc_enable_b),
    ATTR_OBJ("disable", &gc_disable_b),     ATTR_OBJ("isenabled", &gc_isenabled_b),
    ATTR_OBJ("mem_free", &gc_mem_free_b),   ATTR_OBJ("mem_alloc", &gc_mem_alloc_b),
    ATTR_END,
};

const ModuleDef module_gc = { "gc", gc_attrs, NULL };
