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
#include "num.h"
#include "irq/irq.h"
#include "irq/sched.h"
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

/* heap_unlock undoes heap_lock calls only: a hard handler cannot release
 * the lock its interrupt holds. */
static unsigned python_locks;

static value_t mp_heap_lock_fn(void)
{
    gc_lock();
    python_locks++;
    return VALUE_NONE;
}

static value_t mp_heap_unlock_fn(void)
{
    if (python_locks) {
        python_locks--;
        gc_unlock();
    }
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
 * (irq/irq.c: 8 traceback entries, 4 pending reports), so the requested
 * size is only validated here. */
static value_t mp_alloc_emergency_fn(value_t n)
{
    small_int_t size;
    if (!obj_get_index(n, &size)) return VALUE_NULL;
    if (size < 0) return err_raise(&type_ValueError, "buffer size must be non-negative");
    return VALUE_NONE;
}

/* irq_check(False) turns off the allocation warnings printed when a hard
 * IRQ handler is registered (irq/check.c). */
static value_t mp_irq_check_fn(value_t on)
{
    int t = obj_truthy(on);
    if (t < 0) return VALUE_NULL;
    irq_check_enabled = t;
    return VALUE_NONE;
}

static value_t mp_schedule_fn(value_t fn, value_t arg)
{
    if (!sched_push(fn, arg)) return err_raise(&type_RuntimeError, "schedule queue full");
    return VALUE_NONE;
}

/* Viper's raw pointers: ptr8/ptr16/ptr32(obj) over a buffer (or an
 * integer address, for peripheral registers) indexed by element. */
typedef struct Ptr {
    Object base;
    uint8_t *addr;
    uint8_t size;
} Ptr;

static value_t ptr_subscr(value_t self, value_t key, value_t v)
{
    Ptr *p = (Ptr *)self;
    small_int_t i;
    if (!obj_get_index(key, &i)) return VALUE_NULL;
    uint8_t *at = p->addr + i * p->size;
    if (v == VALUE_NULL) {
        uint32_t x = p->size == 1 ? *at : p->size == 2 ? *(uint16_t *)at : *(uint32_t *)at;
        return int_from_u64(x);
    }
    if (v == VALUE_UNBOUND) return err_raise(&type_TypeError, "can't delete through a pointer");
    int64_t x;
    if (!int_like(v)) return err_raise(&type_TypeError, "can't store '%T' through a pointer", v);
    if (!int_to_i64(v, &x)) {
        uint64_t u;
        err_clear();
        if (!int_to_u64(v, &u)) return VALUE_NULL;
        x = (int64_t)u;
    }
    if (p->size == 1) *at = (uint8_t)x;
    else if (p->size == 2) *(uint16_t *)at = (uint16_t)x;
    else *(uint32_t *)at = (uint32_t)x;
    return VALUE_NONE;
}

static Type type_ptr = { .base = { &type_type }, .cname = "ptr", .subscr = ptr_subscr };

static value_t ptr_new(value_t target, uint8_t size)
{
    uint8_t *addr;
    size_t len;
    if (int_like(target)) {
        uint64_t a;
        if (!int_to_u64(target, &a)) return VALUE_NULL;
        addr = (uint8_t *)(uintptr_t)a;
    } else if (!(addr = obj_buffer(target, &len, true))) {
        return VALUE_NULL;
    }
    if (!type_init(&type_ptr)) return VALUE_NULL;
    Ptr *p = gc_new_object(sizeof(Ptr), &type_ptr);
    if (!p) return VALUE_NULL;
    p->addr = addr;
    p->size = size;
    return (value_t)p;
}

static value_t mp_ptr8_fn(value_t v) { return ptr_new(v, 1); }
static value_t mp_ptr16_fn(value_t v) { return ptr_new(v, 2); }
static value_t mp_ptr32_fn(value_t v) { return ptr_new(v, 4); }
BUILTIN_FIX(mp_ptr8, "ptr8", 1, mp_ptr8_fn);
BUILTIN_FIX(mp_ptr16, "ptr16", 1, mp_ptr16_fn);
BUILTIN_FIX(mp_ptr32, "ptr32", 1, mp_ptr32_fn);

static BUILTIN_FIX(mp_schedule, "schedule", 2, mp_schedule_fn);
static BUILTIN_FIX(mp_irq_check, "irq_check", 1, mp_irq_check_fn);
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
    ATTR_OBJ("schedule", &mp_schedule),
    ATTR_OBJ("irq_check", &mp_irq_check),
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
