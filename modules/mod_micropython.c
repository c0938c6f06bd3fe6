/*
 * mod_micropython.c — the micropython module: const(), the native/viper
 * decorators (they mark the code; a native emitter will compile it later),
 * heap_lock/heap_unlock, mem_info, alloc_emergency_exception_buf.
 */
#include "modules.h"

#include "code.h"
#include "err.h"
#include "func.h"
#include "gc.h"
#include "port.h"
#include "str.h"

static value_t mp_const_fn(value_t v) { return v; }

static value_t mark_code(value_t f, uint16_t flag)
{
    if (value_is_obj(f) && OBJ(f)->type == &type_function) CODE(FUNCTION(f)->code)->flags |= flag;
    return f;
}
static value_t mp_native_fn(value_t f) { return mark_code(f, CODE_NATIVE); }
static value_t mp_viper_fn(value_t f) { return mark_code(f, CODE_VIPER); }

static value_t mp_heap_lock_fn(void)
{
    gc_lock();
    return VALUE_NONE;
}

static value_t mp_heap_unlock_fn(void)
{
    if (gc_is_locked()) gc_unlock();
    return value_from_small(gc_is_locked());
}

static value_t mp_heap_locked_fn(void) { return value_from_small(gc_is_locked()); }

static void print_line(const char *label, size_t n)
{
    char buf[64];
    int len = 0;
    char digits[24];
    int d = 0;
    do digits[d++] = (char)('0' + n % 10); while ((n /= 10) && d < 23);
    while (*label && len < 40) buf[len++] = *label++;
    while (d) buf[len++] = digits[--d];
    port_write(buf, (size_t)len);
}

static value_t mp_mem_info_fn(int argc, const value_t *args)
{
    GcStats s;
    gc_stats(&s);
    print_line("GC: total: ", s.total);
    print_line(", used: ", s.used);
    print_line(", free: ", s.free);
    port_write("\n", 1);
    print_line(" max free block: ", s.max_free_block);
    print_line(", collections: ", s.collections);
    port_write("\n", 1);
    return VALUE_NONE;
}

/* Exception reports from hard IRQs use a buffer preallocated at start-up
 * (irq/), so the requested size is only validated here. */
static value_t mp_alloc_emergency_fn(value_t n)
{
    small_int_t size;
    if (!obj_get_index(n, &size)) return VALUE_NULL;
    if (size < 0) return err_raise(&type_ValueError, "buffer size must be non-negative");
    return VALUE_NONE;
}

static BUILTIN_FIX(mp_const, "const", 1, mp_const_fn);
static BUILTIN_FIX(mp_native, "native", 1, mp_native_fn);
static BUILTIN_FIX(mp_viper, "viper", 1, mp_viper_fn);
static BUILTIN_FIX(mp_heap_lock, "heap_lock", 0, mp_heap_lock_fn);
static BUILTIN_FIX(mp_heap_unlock, "heap_unlock", 0, mp_heap_unlock_fn);
static BUILTIN_FIX(mp_heap_locked, "heap_locked", 0, mp_heap_locked_fn);
static BUILTIN_VAR(mp_mem_info, "mem_info", 0, 1, mp_mem_info_fn);
static BUILTIN_FIX(mp_alloc_emergency, "alloc_emergency_exception_buf", 1, mp_alloc_emergency_fn);

static const AttrDef micropython_attrs[] = {
    ATTR_OBJ("const", &mp_const),
    ATTR_OBJ("native", &mp_native),
    ATTR_OBJ("viper", &mp_viper),
    ATTR_OBJ("heap_lock", &mp_heap_lock),
    ATTR_OBJ("heap_unlock", &mp_heap_unlock),
    ATTR_OBJ("heap_locked", &mp_heap_locked),
    ATTR_OBJ("mem_info", &mp_mem_info),
    ATTR_OBJ("alloc_emergency_exception_buf", &mp_alloc_emergency),
    ATTR_END,
};

const ModuleDef module_micropython = { "micropython", micropython_attrs, NULL };
