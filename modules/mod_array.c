/*
 * mod_array.c — the array module: array(typecode[, initializer]) for the
 * codes b B h H i I l L q Q f d, stored packed in native byte order.
 * Indexing, slicing, slice assignment, append, extend, len, iteration,
 * comparison, repr, and the buffer protocol (bytes(a), struct).
 */
#include <string.h>

#include "modules.h"
#include "packing.h"

#include "bytes.h"
#include "err.h"
#include "func.h"
#include "gc.h"
#include "vm.h"
#include "list.h"
#include "str.h"

typedef struct Array {
    Object base;
    char code;
    uint8_t itemsize;
    uint32_t len, cap;
    uint8_t *items;   /* GC_NOSCAN block */
} Array;

#define ARRAY(v) ((Array *)(v))

static Type type_array;
static const char array_codes[] = "bBhHiIlLqQfd";

static uint8_t *item_at(Array *a, size_t i) { return a->items + i * a->itemsize; }

static bool array_reserve(Array *a, size_t n)
{
    if (n <= a->cap) return true;
    size_t cap = a->cap ? a->cap * 2 : 8;
    if (cap < n) cap = n;
    uint8_t *p = gc_realloc(a->items, cap * a->itemsize, GC_NOSCAN);
    if (!p) {
        err_no_memory();
        return false;
    }
    a->items = p;
    a->cap = (uint32_t)cap;
    return true;
}

static value_t array_alloc(char code, size_t n)
{
    Array *a = gc_new_object(sizeof(Array), &type_array);
    if (!a) return VALUE_NULL;
    a->code = code;
    a->itemsize = (uint8_t)packing_size(code, true);
    if (!array_reserve(a, n)) return VALUE_NULL;
    a->len = (uint32_t)n;
    return (value_t)a;
}

/* An item converted apart: the conversion may run Python code
 * (__index__, __float__) that resizes the array. */
static bool array_convert(const Array *a, value_t v, uint8_t item[8])
{
    return packing_store(item, a->code, a->itemsize, packing_native_little(), v);
}

static bool array_push(Array *a, value_t v)
{
    uint8_t item[8];
    if (!array_convert(a, v, item) || !vm_may_resize("array") || !array_reserve(a, a->len + 1)) return false;
    memcpy(item_at(a, a->len), item, a->itemsize);
    a->len++;
    return true;
}

static bool array_extend_from(Array *a, value_t src)
{
    if (value_is_obj(src) && OBJ(src)->type == &type_array) {
        Array *b = ARRAY(src);
        if (b->code != a->code) return err_raise(&type_TypeError, "can only extend with array of same kind") != VALUE_NULL;
        size_t n = b->len;
        if (!vm_may_resize("array") || !array_reserve(a, a->len + n)) return false;
        memmove(item_at(a, a->len), b->items, n * a->itemsize);
        a->len += (uint32_t)n;
        return true;
    }
    value_t it = obj_iter(src);
    if (!it) return false;
    for (;;) {
        value_t x = obj_next(it);
        if (!x) return false;
        if (x == VALUE_STOP) return true;
        if (!array_push(a, x)) return false;
    }
}

static value_t array_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (!arg_check_no_kw("array", kwnames)) return VALUE_NULL;
    if (argc < 1 || argc > 2) return err_raise(&type_TypeError, "array() takes 1 or 2 arguments");
    if (!str_check(args[0]) || str_len(args[0]) != 1 || !strchr(array_codes, str_data(args[0])[0]))
        return err_raise(&type_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    value_t a = array_alloc(str_data(args[0])[0], 0);
    if (!a || argc == 1) return a;
    value_t init = args[1];
    if (str_check(init)) return err_raise(&type_TypeError, "cannot use a str to initialize an array with typecode '%c'", ARRAY(a)->code);
    const Type *t = obj_type(init);
    if (t == &type_bytes || t == &type_bytearray) {
        size_t n;
        uint8_t *p = obj_buffer(init, &n, false);
        if (n % ARRAY(a)->itemsize) return err_raise(&type_ValueError, "bytes length not a multiple of item size");
        if (!array_reserve(ARRAY(a), n / ARRAY(a)->itemsize)) return VALUE_NULL;
        memcpy(ARRAY(a)->items, p, n);
        ARRAY(a)->len = (uint32_t)(n / ARRAY(a)->itemsize);
        return a;
    }
    return array_extend_from(ARRAY(a), init) ? a : VALUE_NULL;
}

static value_t array_get(Array *a, size_t i) { return packing_load(item_at(a, i), a->code, a->itemsize, packing_native_little()); }

static value_t array_repr(value_t self)
{
    Array *a = ARRAY(self);
    StrBuf b;
    strbuf_init(&b, 32);
    strbuf_add_cstr(&b, "array('");
    strbuf_add_char(&b, a->code);
    strbuf_add_char(&b, '\'');
    if (a->len) {
        strbuf_add_cstr(&b, ", [");
        for (size_t i = 0; i < a->len; i++) {
            if (i) strbuf_add_cstr(&b, ", ");
            value_t v = array_get(a, i);
            if (!v || !strbuf_add_repr(&b, v)) return VALUE_NULL;
        }
        strbuf_add_char(&b, ']');
    }
    strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

static small_int_t array_len(value_t self) { return ARRAY(self)->len; }

static value_t array_slice(Array *a, value_t key)
{
    small_int_t start, stop, step, count;
    if (!slice_indices(key, a->len, &start, &stop, &step, &count)) return VALUE_NULL;
    value_t r = array_alloc(a->code, (size_t)count);
    if (!r) return VALUE_NULL;
    for (small_int_t i = 0; i < count; i++)
        memcpy(item_at(ARRAY(r), (size_t)i), item_at(a, (size_t)(start + i * step)), a->itemsize);
    return r;
}

static value_t array_assign_slice(Array *a, value_t key, value_t v)
{
    small_int_t start, stop, step, count;
    if (!slice_indices(key, a->len, &start, &stop, &step, &count)) return VALUE_NULL;
    if (!value_is_obj(v) || OBJ(v)->type != &type_array || ARRAY(v)->code != a->code)
        return err_raise(&type_TypeError, "can only assign array (not \"%T\") to array slice", v);
    Array *src = ARRAY(v);
    if (step != 1) {
        if ((small_int_t)src->len != count)
            return err_raise(&type_ValueError, "attempt to assign array of size %d to extended slice of size %d",
                             (int)src->len, (int)count);
        for (small_int_t i = 0; i < count; i++)
            memcpy(item_at(a, (size_t)(start + i * step)), item_at(src, (size_t)i), a->itemsize);
        return VALUE_NONE;
    }
    size_t n = src->len, old = (size_t)count, tail = a->len - (size_t)start - old;
    if (n != old && !vm_may_resize("array")) return VALUE_NULL;
    uint8_t tmp_needed = src == a;
    value_t copy = tmp_needed ? array_slice(src, slice_new(VALUE_NONE, VALUE_NONE, VALUE_NONE)) : v;
    if (!copy || !array_reserve(a, a->len - old + n)) return VALUE_NULL;
    memmove(item_at(a, (size_t)start + n), item_at(a, (size_t)start + old), tail * a->itemsize);
    memcpy(item_at(a, (size_t)start), ARRAY(copy)->items, n * a->itemsize);
    a->len = (uint32_t)(a->len - old + n);
    return VALUE_NONE;
}

static value_t array_subscr(value_t self, value_t key, value_t v)
{
    Array *a = ARRAY(self);
    if (value_is_obj(key) && OBJ(key)->type == &type_slice) {
        if (v == VALUE_NULL) return array_slice(a, key);
        if (v == VALUE_UNBOUND) return err_raise(&type_TypeError, "array slice deletion is not supported");
        return array_assign_slice(a, key, v);
    }
    small_int_t i;
    if (!seq_index(key, a->len, "array", &i)) return VALUE_NULL;
    if (v == VALUE_NULL) return array_get(a, (size_t)i);
    if (v == VALUE_UNBOUND) {
        if (!vm_may_resize("array")) return VALUE_NULL;
        memmove(item_at(a, (size_t)i), item_at(a, (size_t)i + 1), (a->len - (size_t)i - 1) * a->itemsize);
        a->len--;
        return VALUE_NONE;
    }
    uint8_t item[8];
    if (!array_convert(a, v, item)) return VALUE_NULL;
    if ((size_t)i >= a->len) return err_raise(&type_IndexError, "array assignment index out of range");
    memcpy(item_at(a, (size_t)i), item, a->itemsize);
    return VALUE_NONE;
}

static value_t array_compare(value_t x, value_t y, int cmp)
{
    if (!value_is_obj(y) || OBJ(y)->type != &type_array || (cmp != CMP_EQ && cmp != CMP_NE)) return VALUE_NOTIMPL;
    Array *a = ARRAY(x), *b = ARRAY(y);
    bool eq = a->len == b->len;
    for (size_t i = 0; eq && i < a->len; i++) {
        value_t u = array_get(a, i), w = array_get(b, i);
        if (!u || !w) return VALUE_NULL;
        int r = obj_equal(u, w);
        if (r < 0) return VALUE_NULL;
        eq = r;
    }
    return value_from_bool(eq == (cmp == CMP_EQ));
}

static value_t array_binary(value_t x, value_t y, int op)
{
    if ((op & ~OP_INPLACE) != OP_ADD || !value_is_obj(x) || OBJ(x)->type != &type_array) return VALUE_NOTIMPL;
    if (!value_is_obj(y) || OBJ(y)->type != &type_array) return VALUE_NOTIMPL;
    Array *a = ARRAY(x);
    if (op & OP_INPLACE) return array_extend_from(a, y) ? x : VALUE_NULL;
    value_t r = array_alloc(a->code, 0);
    if (!r || !array_extend_from(ARRAY(r), x) || !array_extend_from(ARRAY(r), y)) return VALUE_NULL;
    return r;
}

static value_t array_iter(value_t self) { return iter_seq_new(self); }

static uint8_t *array_buffer(value_t self, size_t *len, bool writable)
{
    *len = ARRAY(self)->len * ARRAY(self)->itemsize;
    return ARRAY(self)->items;
}

static value_t array_append_fn(value_t self, value_t v) { return array_push(ARRAY(self), v) ? VALUE_NONE : VALUE_NULL; }
static value_t array_extend_fn(value_t self, value_t v) { return array_extend_from(ARRAY(self), v) ? VALUE_NONE : VALUE_NULL; }
static value_t array_tobytes_fn(value_t self) { return bytes_new(ARRAY(self)->items, ARRAY(self)->len * ARRAY(self)->itemsize); }
static value_t array_tolist_fn(value_t self) { return list_from_iter(self); }
static value_t array_pop_fn(int argc, const value_t *args)
{
    Array *a = ARRAY(args[0]);
    if (a->len == 0) return err_raise(&type_IndexError, "pop from empty array");
    small_int_t i = (small_int_t)a->len - 1;
    if (argc > 1 && !seq_index(args[1], a->len, "pop", &i)) return VALUE_NULL;
    value_t v = array_get(a, (size_t)i);
    if (!v || !vm_may_resize("array")) return VALUE_NULL;
    memmove(item_at(a, (size_t)i), item_at(a, (size_t)i + 1), (a->len - (size_t)i - 1) * a->itemsize);
    a->len--;
    return v;
}
/* Position of the first item equal to v at or after start, or -1 (-2 on error). */
static small_int_t array_find(Array *a, value_t v, size_t start)
{
    for (size_t i = start; i < a->len; i++) {
        value_t x = array_get(a, i);
        int eq = x ? obj_equal(x, v) : -1;
        if (eq < 0) return -2;
        if (eq) return (small_int_t)i;
    }
    return -1;
}

static value_t array_index_fn(value_t self, value_t v)
{
    small_int_t i = array_find(ARRAY(self), v, 0);
    if (i == -1) return err_raise(&type_ValueError, "array.index(x): x not in array");
    return i < 0 ? VALUE_NULL : value_from_small(i);
}

static value_t array_count_fn(value_t self, value_t v)
{
    small_int_t n = 0, i = -1;
    while ((i = array_find(ARRAY(self), v, (size_t)(i + 1))) >= 0) n++;
    return i == -2 ? VALUE_NULL : value_from_small(n);
}

static value_t array_remove_fn(value_t self, value_t v)
{
    small_int_t i = array_find(ARRAY(self), v, 0);
    if (i == -1) return err_raise(&type_ValueError, "array.remove(x): x not in array");
    if (i < 0) return VALUE_NULL;
    return array_subscr(self, value_from_small(i), VALUE_UNBOUND);
}

static value_t array_insert_fn(value_t self, value_t index, value_t v)
{
    Array *a = ARRAY(self);
    small_int_t i;
    if (!obj_get_index(index, &i)) return VALUE_NULL;
    if (i < 0) i += a->len;
    if (i < 0) i = 0;
    if (i > (small_int_t)a->len) i = a->len;
    if (!array_push(a, v)) return VALUE_NULL; /* validates v and makes room */
    uint8_t tmp[8];
    memcpy(tmp, item_at(a, a->len - 1), a->itemsize);
    memmove(item_at(a, (size_t)i + 1), item_at(a, (size_t)i), (a->len - 1 - (size_t)i) * a->itemsize);
    memcpy(item_at(a, (size_t)i), tmp, a->itemsize);
    return VALUE_NONE;
}

static value_t array_reverse_fn(value_t self)
{
    Array *a = ARRAY(self);
    uint8_t tmp[8];
    for (size_t i = 0, j = a->len ? a->len - 1 : 0; i < j; i++, j--) {
        memcpy(tmp, item_at(a, i), a->itemsize);
        memcpy(item_at(a, i), item_at(a, j), a->itemsize);
        memcpy(item_at(a, j), tmp, a->itemsize);
    }
    return VALUE_NONE;
}

static BUILTIN_FIX(array_index, "index", 2, array_index_fn);
static BUILTIN_FIX(array_count, "count", 2, array_count_fn);
static BUILTIN_FIX(array_remove, "remove", 2, array_remove_fn);
static BUILTIN_FIX(array_insert, "insert", 3, array_insert_fn);
static BUILTIN_FIX(array_reverse, "reverse", 1, array_reverse_fn);

static value_t array_typecode_fn(value_t self) { return str_intern(&ARRAY(self)->code, 1); }
static value_t array_itemsize_fn(value_t self) { return value_from_small(ARRAY(self)->itemsize); }

static BUILTIN_FIX(array_append, "append", 2, array_append_fn);
static BUILTIN_FIX(array_extend, "extend", 2, array_extend_fn);
static BUILTIN_FIX(array_tobytes, "tobytes", 1, array_tobytes_fn);
static BUILTIN_FIX(array_tolist, "tolist", 1, array_tolist_fn);
static BUILTIN_VAR(array_pop, "pop", 1, 2, array_pop_fn);
static BUILTIN_FIX(array_typecode_get, "typecode", 1, array_typecode_fn);
static BUILTIN_FIX(array_itemsize_get, "itemsize", 1, array_itemsize_fn);
static const Property array_typecode = { { &type_property }, (value_t)&array_typecode_get, VALUE_NULL, VALUE_NULL };
static const Property array_itemsize = { { &type_property }, (value_t)&array_itemsize_get, VALUE_NULL, VALUE_NULL };

static const AttrDef array_methods[] = {
    ATTR_OBJ("append", &array_append),
    ATTR_OBJ("extend", &array_extend),
    ATTR_OBJ("tobytes", &array_tobytes),
    ATTR_OBJ("tolist", &array_tolist),
    ATTR_OBJ("pop", &array_pop),
    ATTR_OBJ("index", &array_index),
    ATTR_OBJ("count", &array_count),
    ATTR_OBJ("remove", &array_remove),
    ATTR_OBJ("insert", &array_insert),
    ATTR_OBJ("reverse", &array_reverse),
    ATTR_OBJ("typecode", &array_typecode),
    ATTR_OBJ("itemsize", &array_itemsize),
    ATTR_END,
};

static Type type_array = {
    .base = { &type_type },
    .cname = "array",
    .methods = array_methods,
    .make = array_make,
    .repr = array_repr,
    .compare = array_compare,
    .binary = array_binary,
    .len = array_len,
    .subscr = array_subscr,
    .iter = array_iter,
    .buffer = array_buffer,
    .hash = NULL,
};

static bool array_init(value_t module) { return type_init(&type_array); }

static const AttrDef array_attrs[] = {
    ATTR_OBJ("array", &type_array),
    ATTR_END,
};

const ModuleDef module_array = { "array", array_attrs, array_init };
