/*
 * range.c — range (a lazy arithmetic sequence of small ints), its
 * iterator, and the slice object that `a[i:j:k]` builds.
 *
 * A range holds start/stop/step as C integers, so `for i in range(n)`
 * allocates one iterator and nothing per step; membership of an int is a
 * division, not a scan. Bounds beyond the small-int range (2**62 on the
 * host, 2**30 on a board) raise OverflowError: a deliberate difference
 * from CPython (docs/language.md).
 */
#include <string.h>

#include "list.h"
#include "err.h"
#include "gc.h"
#include "num.h"
#include "str.h"

/* ---- range -------------------------------------------------------------- */

/* Items of a range; a small int for every range that exists (range_checked). */
static int64_t count64(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0)
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    return start > stop ? (start - stop - 1) / -step + 1 : 0;
}

static small_int_t range_count(small_int_t start, small_int_t stop, small_int_t step)
{
    return (small_int_t)count64(start, stop, step);
}

/* A range whose bounds, step and length are small ints, else OverflowError
 * (the deliberate difference from CPython, docs/language.md). */
static value_t range_checked(int64_t start, int64_t stop, int64_t step)
{
    if (small_int_fits(start) && small_int_fits(stop) && small_int_fits(step) &&
        small_int_fits(count64(start, stop, step)))
        return range_new((small_int_t)start, (small_int_t)stop, (small_int_t)step);
    return err_raise(&type_OverflowError, "range too large (bounds, step and length must be small ints)");
}

value_t range_new(small_int_t start, small_int_t stop, small_int_t step)
{
    Range *r = GC_NEW(Range, &type_range);
    if (r == NULL)
        return VALUE_NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return (value_t)r;
}

static value_t range_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    (void)cls;   /* cannot be subclassed */
    small_int_t v[3] = { 0, 0, 1 };
    if (!arg_check_no_kw("range", kwnames))
        return VALUE_NULL;
    if (argc < 1)
        return err_raise(&type_TypeError, "range expected at least 1 argument, got %d", argc);
    if (argc > 3)
        return err_raise(&type_TypeError, "range expected at most 3 arguments, got %d", argc);
    for (int i = 0; i < argc; i++) {
        if (!value_is_int(args[i]) && obj_type(args[i]) == &type_int)
            return err_raise(&type_OverflowError, "range() arguments must be small ints, not %R", args[i]);
        if (!obj_get_index(args[i], &v[argc == 1 ? 1 : i]))
            return VALUE_NULL;
    }
    if (v[2] == 0)
        return err_raise(&type_ValueError, "range() arg 3 must not be zero");
    return range_checked(v[0], v[1], v[2]);
}

static small_int_t range_len(value_t self)
{
    Range *r = (Range *)self;
    return range_count(r->start, r->stop, r->step);
}

static value_t range_repr(value_t self)
{
    Range *r = (Range *)self;
    StrBuf b;
    strbuf_init(&b, 24);
    strbuf_add_cstr(&b, "range(");
    strbuf_add_repr(&b, value_from_small(r->start));
    strbuf_add(&b, ", ", 2);
    strbuf_add_repr(&b, value_from_small(r->stop));
    if (r->step != 1) {
        strbuf_add(&b, ", ", 2);
        strbuf_add_repr(&b, value_from_small(r->step));
    }
    strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

/* Ranges are equal when they produce the same items. */
static bool range_same(const Range *a, const Range *b)
{
    small_int_t n = range_count(a->start, a->stop, a->step);
    if (n != range_count(b->start, b->stop, b->step))
        return false;
    return n == 0 || (a->start == b->start && (n == 1 || a->step == b->step));
}

static value_t range_compare(value_t a, value_t b, int cmp)
{
    if (!range_check(a) || !range_check(b) || (cmp != CMP_EQ && cmp != CMP_NE))
        return VALUE_NOTIMPL;
    return value_from_bool(range_same((Range *)a, (Range *)b) == (cmp == CMP_EQ));
}

static value_t range_hash(value_t self)
{
    Range *r = (Range *)self;
    small_int_t n = range_count(r->start, r->stop, r->step);
    uint32_t h = (uint32_t)n * 2654435761u;
    if (n > 0)
        h ^= (uint32_t)r->start * 2246822519u;
    if (n > 1)
        h = (h ^ (uint32_t)r->step) * 374761393u;
    return value_from_small((small_int_t)((int32_t)h >> 1));
}

static value_t range_subscr(value_t self, value_t key, value_t v)
{
    Range *r = (Range *)self;
    if (v == VALUE_UNBOUND)
        return err_raise(&type_TypeError, "'range' object doesn't support item deletion");
    if (v != VALUE_NULL)
        return err_raise(&type_TypeError, "'range' object does not support item assignment");
    small_int_t n = range_count(r->start, r->stop, r->step);
    if (slice_check(key)) {
        small_int_t start, stop, step, count;
        if (!slice_indices(key, n, &start, &stop, &step, &count))
            return VALUE_NULL;
        /* CPython's bounds, in int64 with overflow checks */
        int64_t first, end, by;
        (void)count;
        if (__builtin_mul_overflow((int64_t)start, (int64_t)r->step, &first) ||
            __builtin_add_overflow(first, (int64_t)r->start, &first) ||
            __builtin_mul_overflow((int64_t)stop, (int64_t)r->step, &end) ||
            __builtin_add_overflow(end, (int64_t)r->start, &end) ||
            __builtin_mul_overflow((int64_t)r->step, (int64_t)step, &by))
            return err_raise(&type_OverflowError, "range too large (bounds, step and length must be small ints)");
        return range_checked(first, end, by);
    }
    small_int_t i;
    if (!seq_index(key, n, "range object", &i))
        return VALUE_NULL;
    return value_from_small(r->start + i * r->step);
}

/* Position of the int x in r, or -1. */
static small_int_t range_find(const Range *r, small_int_t x)
{
    small_int_t n = range_count(r->start, r->stop, r->step);
    small_int_t off = x - r->start;
    if (n == 0 || off % r->step != 0)
        return -1;
    small_int_t i = off / r->step;
    return i >= 0 && i < n ? i : -1;
}

static bool range_int_item(value_t v, small_int_t *x)
{
    if (value_is_int(v)) {
        *x = value_to_small(v);
        return true;
    }
    if (v == VALUE_TRUE || v == VALUE_FALSE) {
        *x = v == VALUE_TRUE;
        return true;
    }
    return false;
}

/* Index of v in r, -1 if absent, -2 on error (slow path for non-ints). */
static small_int_t range_index_of(value_t self, value_t v)
{
    Range *r = (Range *)self;
    small_int_t x;
    if (range_int_item(v, &x))
        return range_find(r, x);
    if (int_check(v))
        return -1;   /* a big int is never inside a range of small ints */
    small_int_t n = range_count(r->start, r->stop, r->step);
    for (small_int_t i = 0; i < n; i++) {
        int eq = obj_equal(value_from_small(r->start + i * r->step), v);
        if (eq)
            return eq < 0 ? -2 : i;
    }
    return -1;
}

static int range_contains(value_t self, value_t v)
{
    small_int_t i = range_index_of(self, v);
    return i == -2 ? -1 : i >= 0;
}

static value_t range_iter(value_t self);

static bool self_is_range(value_t self, const char *meth)
{
    if (range_check(self))
        return true;
    err_raise(&type_TypeError, "descriptor '%s' for 'range' objects doesn't apply to a '%T' object",
              meth, self);
    return false;
}

static value_t m_range_index(value_t self, value_t v)
{
    if (!self_is_range(self, "index"))
        return VALUE_NULL;
    small_int_t i = range_index_of(self, v);
    if (i == -2)
        return VALUE_NULL;
    if (i == -1)
        return err_raise(&type_ValueError, "%R is not in range", v);
    return value_from_small(i);
}

static value_t m_range_count(value_t self, value_t v)
{
    if (!self_is_range(self, "count"))
        return VALUE_NULL;
    small_int_t i = range_index_of(self, v);
    return i == -2 ? VALUE_NULL : value_from_small(i >= 0);
}

/* start/stop/step attributes of range and slice objects. */
static int field_index(value_t name)
{
    const char *s = str_data(name);
    return !strcmp(s, "start") ? 0 : !strcmp(s, "stop") ? 1 : !strcmp(s, "step") ? 2 : -1;
}

static value_t range_getattr(value_t self, value_t name)
{
    Range *r = (Range *)self;
    switch (field_index(name)) {
    case 0: return value_from_small(r->start);
    case 1: return value_from_small(r->stop);
    case 2: return value_from_small(r->step);
    default: return obj_generic_getattr(self, name);
    }
}

static BUILTIN_FIX(range_index_fn, "range.index", 2, m_range_index);
static BUILTIN_FIX(range_count_fn, "range.count", 2, m_range_count);

static const AttrDef range_methods[] = {
    ATTR_OBJ("index", &range_index_fn),
    ATTR_OBJ("count", &range_count_fn),
    ATTR_END,
};

Type type_range = {
    .base = { &type_type },
    .cname = "range",
    .parent = &type_object,
    .methods = range_methods,
    .make = range_make,
    .repr = range_repr,
    .hash = range_hash,
    .compare = range_compare,
    .len = range_len,
    .getattr = range_getattr,
    .iter = range_iter,
    .subscr = range_subscr,
    .contains = range_contains,
};

/* ---- range iterator ----------------------------------------------------- */

typedef struct RangeIter {
    Object base;
    small_int_t cur, step, left;
} RangeIter;

static value_t range_iter_new(small_int_t start, small_int_t step, small_int_t count)
{
    RangeIter *it = GC_NEW(RangeIter, &type_range_iterator);
    if (it == NULL)
        return VALUE_NULL;
    it->cur = start;
    it->step = step;
    it->left = count;
    return (value_t)it;
}

static value_t range_iter(value_t self)
{
    Range *r = (Range *)self;
    return range_iter_new(r->start, r->step, range_count(r->start, r->stop, r->step));
}

value_t range_reversed(value_t self)
{
    Range *r = (Range *)self;
    small_int_t n = range_count(r->start, r->stop, r->step);
    return range_iter_new(r->start + (n - 1) * r->step, -r->step, n);
}

static value_t range_iter_next(value_t self)
{
    RangeIter *it = (RangeIter *)self;
    if (it->left <= 0)
        return VALUE_STOP;
    value_t v = value_from_small(it->cur);
    it->left--;
    it->cur += it->step;
    return v;
}

Type type_range_iterator = {
    .base = { &type_type },
    .cname = "range_iterator",
    .parent = &type_object,
    .iter = iter_self,
    .next = range_iter_next,
};

/* ---- slice -------------------------------------------------------------- */

value_t slice_new(value_t start, value_t stop, value_t step)
{
    Slice *s = GC_NEW(Slice, &type_slice);
    if (s == NULL)
        return VALUE_NULL;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return (value_t)s;
}

static value_t slice_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    (void)cls;   /* cannot be subclassed */
    if (!arg_check_no_kw("slice", kwnames))
        return VALUE_NULL;
    if (argc < 1)
        return err_raise(&type_TypeError, "slice expected at least 1 argument, got %d", argc);
    if (argc > 3)
        return err_raise(&type_TypeError, "slice expected at most 3 arguments, got %d", argc);
    if (argc == 1)
        return slice_new(VALUE_NONE, args[0], VALUE_NONE);
    return slice_new(args[0], args[1], argc == 3 ? args[2] : VALUE_NONE);
}

static value_t slice_repr(value_t self)
{
    Slice *s = (Slice *)self;
    StrBuf b;
    strbuf_init(&b, 24);
    strbuf_add_cstr(&b, "slice(");
    if (!strbuf_add_repr(&b, s->start))
        return VALUE_NULL;
    strbuf_add(&b, ", ", 2);
    if (!strbuf_add_repr(&b, s->stop))
        return VALUE_NULL;
    strbuf_add(&b, ", ", 2);
    if (!strbuf_add_repr(&b, s->step))
        return VALUE_NULL;
    strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

static value_t slice_as_tuple(value_t self)
{
    Slice *s = (Slice *)self;
    value_t t = tuple_new(3);
    if (t != VALUE_NULL) {
        TUPLE(t)->items[0] = s->start;
        TUPLE(t)->items[1] = s->stop;
        TUPLE(t)->items[2] = s->step;
    }
    return t;
}

static value_t slice_compare(value_t a, value_t b, int cmp)
{
    if (!slice_check(a) || !slice_check(b))
        return VALUE_NOTIMPL;
    value_t ta = slice_as_tuple(a), tb = slice_as_tuple(b);
    if (ta == VALUE_NULL || tb == VALUE_NULL)
        return VALUE_NULL;
    return seq_compare(ta, tb, cmp);
}

static value_t slice_getattr(value_t self, value_t name)
{
    int i = field_index(name);
    if (i < 0)
        return obj_generic_getattr(self, name);
    return i == 0 ? ((Slice *)self)->start : i == 1 ? ((Slice *)self)->stop : ((Slice *)self)->step;
}

static value_t m_slice_indices(value_t self, value_t len)
{
    small_int_t n, start, stop, step, count;
    if (!slice_check(self))
        return err_raise(&type_TypeError, "descriptor 'indices' for 'slice' objects doesn't apply "
                                          "to a '%T' object", self);
    if (!obj_get_index(len, &n))
        return VALUE_NULL;
    if (n < 0)
        return err_raise(&type_ValueError, "length should not be negative");
    if (!slice_indices(self, n, &start, &stop, &step, &count))
        return VALUE_NULL;
    value_t t = tuple_new(3);
    if (t != VALUE_NULL) {
        TUPLE(t)->items[0] = value_from_small(start);
        TUPLE(t)->items[1] = value_from_small(stop);
        TUPLE(t)->items[2] = value_from_small(step);
    }
    return t;
}

static BUILTIN_FIX(slice_indices_fn, "slice.indices", 2, m_slice_indices);

static const AttrDef slice_methods[] = {
    ATTR_OBJ("indices", &slice_indices_fn),
    ATTR_END,
};

Type type_slice = {
    .base = { &type_type },
    .cname = "slice",
    .parent = &type_object,
    .methods = slice_methods,
    .make = slice_make,
    .repr = slice_repr,
    .hash = seq_unhashable,
    .compare = slice_compare,
    .getattr = slice_getattr,
};
