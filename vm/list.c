/*
 * list.c — the list type and the sequence helpers shared with tuple, str,
 * bytes and the VM: index normalisation, slice resolution, unpacking,
 * lexicographic comparison and the repr recursion guard.
 *
 * A list is a header plus a separately allocated items block that grows by
 * half again when full, so appends are amortised O(1) and the List object
 * itself never moves. Any code that may run Python (comparisons, repr,
 * __index__, iteration) can mutate the list, so loops re-read len/items
 * after every such call instead of caching them.
 */
#include <string.h>

#include "list.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "num.h"
#include "str.h"
#include "vm.h"

/* ---- Sequence helpers --------------------------------------------------- */

value_t *seq_items(value_t v, size_t *len)
{
    static value_t no_items[1];   /* a new list has no items block yet */
    *len = 0;
    if (!value_is_obj(v))
        return NULL;
    if (list_check(v)) {
        *len = LIST(v)->len;
        return LIST(v)->items ? LIST(v)->items : no_items;
    }
    if (OBJ(v)->type == &type_tuple) {
        *len = TUPLE(v)->len;
        return TUPLE(v)->items;
    }
    return NULL;
}

/* An index value as a C integer; TypeError names the sequence by the first
 * word of `what` ("list assignment" -> "list indices must be ..."). */
static bool index_value(value_t index, const char *what, small_int_t *out)
{
    if (value_is_int(index)) {
        *out = value_to_small(index);
        return true;
    }
    if (obj_get_index(index, out))
        return true;
    if (!err_matches(&type_TypeError))
        return false;
    err_clear();
    char word[24];
    size_t n = strcspn(what, " ");
    if (n >= sizeof word)
        n = sizeof word - 1;
    memcpy(word, what, n);
    word[n] = 0;
    err_raise(&type_TypeError, "%s indices must be integers or slices, not %T", word, index);
    return false;
}

bool seq_index(value_t index, small_int_t len, const char *what, small_int_t *out)
{
    small_int_t i;
    if (!index_value(index, what, &i))
        return false;
    if (i < 0)
        i += len;
    if (i < 0 || i >= len) {
        err_raise(&type_IndexError, "%s index out of range", what);
        return false;
    }
    *out = i;
    return true;
}

/* One slice bound as an integer; big ints clamp to the small-int range as
 * CPython clamps to Py_ssize_t. */
static bool slice_bound(value_t v, small_int_t *out)
{
    if (value_is_int(v)) {
        *out = value_to_small(v);
        return true;
    }
    if (int_check(v)) {
        int neg = obj_less(v, value_from_small(0));
        if (neg < 0)
            return false;
        *out = neg ? SMALL_INT_MIN : SMALL_INT_MAX;
        return true;
    }
    if (obj_get_index(v, out))
        return true;
    if (err_matches(&type_TypeError)) {
        err_clear();
        err_raise(&type_TypeError,
                  "slice indices must be integers or None or have an __index__ method");
    }
    return false;
}

/* First half of slice resolution: the raw values (may run __index__). */
static bool slice_unpack(value_t slice, small_int_t *start, small_int_t *stop, small_int_t *step)
{
    Slice *s = (Slice *)slice;
    *step = 1;
    if (s->step != VALUE_NONE && !slice_bound(s->step, step))
        return false;
    if (*step == 0) {
        err_raise(&type_ValueError, "slice step cannot be zero");
        return false;
    }
    *start = *step < 0 ? SMALL_INT_MAX : 0;
    *stop = *step < 0 ? SMALL_INT_MIN : SMALL_INT_MAX;
    if (s->start != VALUE_NONE && !slice_bound(s->start, start))
        return false;
    if (s->stop != VALUE_NONE && !slice_bound(s->stop, stop))
        return false;
    return true;
}

static small_int_t slice_clamp(small_int_t i, small_int_t len, small_int_t step)
{
    if (i < 0) {
        i += len;
        if (i < 0)
            i = step < 0 ? -1 : 0;
    } else if (i >= len) {
        i = step < 0 ? len - 1 : len;
    }
    return i;
}

/* Second half: clamp against the current length and count the items. */
static small_int_t slice_adjust(small_int_t len, small_int_t *start, small_int_t *stop,
                                small_int_t step)
{
    *start = slice_clamp(*start, len, step);
    *stop = slice_clamp(*stop, len, step);
    if (step < 0)
        return *stop < *start ? (*start - *stop - 1) / -step + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

bool slice_indices(value_t slice, small_int_t len, small_int_t *start, small_int_t *stop,
                   small_int_t *step, small_int_t *count)
{
    if (!slice_unpack(slice, start, stop, step))
        return false;
    *count = slice_adjust(len, start, stop, *step);
    return true;
}

bool seq_unpack(value_t seq, size_t n, value_t *out)
{
    size_t len;
    value_t *items = seq_items(seq, &len);
    if (items) {
        if (len < n) {
            err_raise(&type_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, len);
            return false;
        }
        if (len > n) {
            err_raise(&type_ValueError, "too many values to unpack (expected %zu)", n);
            return false;
        }
        if (n)
            memcpy(out, items, n * sizeof(value_t));
        return true;
    }
    value_t it = obj_iter(seq);
    if (it == VALUE_NULL) {
        if (err_matches(&type_TypeError)) {
            err_clear();
            err_raise(&type_TypeError, "cannot unpack non-iterable %T object", seq);
        }
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        value_t v = obj_next(it);
        if (v == VALUE_NULL)
            return false;
        if (v == VALUE_STOP) {
            err_raise(&type_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, i);
            return false;
        }
        out[i] = v;
    }
    value_t extra = obj_next(it);
    if (extra == VALUE_NULL)
        return false;
    if (extra != VALUE_STOP) {
        err_raise(&type_ValueError, "too many values to unpack (expected %zu)", n);
        return false;
    }
    return true;
}

static value_t cmp_result(size_t a, size_t b, int cmp)
{
    switch (cmp) {
    case CMP_LT: return value_from_bool(a < b);
    case CMP_LE: return value_from_bool(a <= b);
    case CMP_EQ: return value_from_bool(a == b);
    case CMP_NE: return value_from_bool(a != b);
    case CMP_GT: return value_from_bool(a > b);
    default: return value_from_bool(a >= b);
    }
}

value_t seq_compare(value_t a, value_t b, int cmp)
{
    size_t na, nb;
    seq_items(a, &na);
    seq_items(b, &nb);
    if (na != nb && (cmp == CMP_EQ || cmp == CMP_NE))
        return value_from_bool(cmp == CMP_NE);
    for (size_t i = 0;; i++) {
        value_t *ia = seq_items(a, &na), *ib = seq_items(b, &nb);
        if (i >= na || i >= nb)
            return cmp_result(na, nb, cmp);
        value_t x = ia[i], y = ib[i];
        int eq = obj_equal(x, y);
        if (eq < 0)
            return VALUE_NULL;
        if (!eq) {
            if (cmp == CMP_EQ || cmp == CMP_NE)
                return value_from_bool(cmp == CMP_NE);
            return obj_compare(x, y, cmp);
        }
    }
}

/* Containers being printed, innermost last. Only the first REPR_DEPTH
 * levels are recorded; a cycle deeper than that is not detected. */
#define REPR_DEPTH 32
static value_t repr_stack[REPR_DEPTH];
static unsigned repr_top;

bool seq_repr_enter(value_t v)
{
    unsigned n = repr_top < REPR_DEPTH ? repr_top : REPR_DEPTH;
    for (unsigned i = 0; i < n; i++)
        if (repr_stack[i] == v)
            return false;
    if (repr_top < REPR_DEPTH)
        repr_stack[repr_top] = v;
    repr_top++;
    return true;
}

void seq_repr_leave(void)
{
    repr_top--;
    if (repr_top < REPR_DEPTH)
        repr_stack[repr_top] = VALUE_NULL;
}

/* ---- List storage ------------------------------------------------------- */

/* memcpy/memmove that accept the NULL items block of an empty list. */
static void items_copy(value_t *dst, const value_t *src, size_t n)
{
    if (n)
        memmove(dst, src, n * sizeof(value_t));
}

static bool list_reserve(List *l, size_t need)
{
    if (need <= l->cap)
        return true;
    size_t cap = l->cap + (l->cap >> 1) + 4;
    if (cap < need)
        cap = need;
    if (cap > (size_t)(UINT32_MAX / 2) / sizeof(value_t)) {
        err_no_memory();
        return false;
    }
    value_t *items = l->items ? gc_realloc(l->items, cap * sizeof(value_t), 0)
                              : gc_alloc(cap * sizeof(value_t), 0);
    if (items == NULL) {
        err_no_memory();
        return false;
    }
    l->items = items;
    l->cap = (uint32_t)cap;
    return true;
}

/* Even an empty list gets an items block, so item pointers are never NULL
 * (C makes arithmetic on a null pointer undefined, even adding 0). */
static List *list_alloc(size_t cap)
{
    List *l = GC_NEW(List, &type_list);
    if (l == NULL || !list_reserve(l, cap ? cap : 1))
        return NULL;
    return l;
}

value_t list_new(size_t n)
{
    List *l = list_alloc(n);
    if (l == NULL)
        return VALUE_NULL;
    for (size_t i = 0; i < n; i++)
        l->items[i] = VALUE_NONE;
    l->len = (uint32_t)n;
    return (value_t)l;
}

value_t list_from(size_t n, const value_t *items)
{
    List *l = list_alloc(n);
    if (l == NULL)
        return VALUE_NULL;
    items_copy(l->items, items, n);
    l->len = (uint32_t)n;
    return (value_t)l;
}

bool list_append(value_t list, value_t v)
{
    List *l = LIST(list);
    if (!vm_may_resize("list") || (l->len == l->cap && !list_reserve(l, (size_t)l->len + 1)))
        return false;
    l->items[l->len] = v;
    IRQ_ORDER(); /* a hard IRQ handler reading the list never sees an empty item */
    l->len++;
    return true;
}

bool list_extend(value_t list, value_t iterable)
{
    List *l = LIST(list);
    size_t n;
    /* exact types only: a subclass may override __iter__ */
    const Type *t = value_is_obj(iterable) ? OBJ(iterable)->type : NULL;
    if ((t == &type_list || t == &type_tuple) && seq_items(iterable, &n)) {
        if (!vm_may_resize("list") || !list_reserve(l, l->len + n))
            return false;
        /* re-read: reserving may have moved the items if iterable is l */
        value_t *src = seq_items(iterable, &n);
        items_copy(l->items + l->len, src, n);
        IRQ_ORDER();
        l->len += (uint32_t)n;
        return true;
    }
    value_t it = obj_iter(iterable);
    if (it == VALUE_NULL)
        return false;
    for (;;) {
        value_t v = obj_next(it);
        if (v == VALUE_STOP)
            return true;
        if (v == VALUE_NULL || !list_append(list, v))
            return false;
    }
}

value_t list_from_iter(value_t iterable)
{
    value_t l = list_new(0);
    if (l == VALUE_NULL || !list_extend(l, iterable))
        return VALUE_NULL;
    return l;
}

/* Removes items [i, i + n) and clears the freed tail so the GC lets go;
 * false (RuntimeError) in a hard IRQ handler. The shorter length is stored
 * before the tail is cleared: a handler may read the list meanwhile. */
static bool list_remove_range(List *l, size_t i, size_t n)
{
    if (n == 0)
        return true;
    if (!vm_may_resize("list"))
        return false;
    items_copy(l->items + i, l->items + i + n, l->len - i - n);
    l->len -= (uint32_t)n;
    IRQ_ORDER();
    memset(l->items + l->len, 0, n * sizeof(value_t));
    return true;
}

/* Opens a gap of n items at i (len grows by n; the gap holds stale values,
 * or None past the old end: a hard IRQ handler may read the list before
 * the caller fills the gap, and must not find an empty item). */
static bool list_open_gap(List *l, size_t i, size_t n)
{
    if (!vm_may_resize("list") || !list_reserve(l, (size_t)l->len + n))
        return false;
    size_t len = l->len;
    items_copy(l->items + i + n, l->items + i, len - i);
    for (size_t k = len; k < i + n; k++)
        l->items[k] = VALUE_NONE;
    IRQ_ORDER();
    l->len += (uint32_t)n;
    return true;
}

/* ---- Slots -------------------------------------------------------------- */

value_t seq_unhashable(value_t self)
{
    return err_raise(&type_TypeError, "unhashable type: '%T'", self);
}

static value_t list_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    (void)cls;   /* class.c builds subclass instances from the base type */
    if (!arg_check_no_kw("list", kwnames))
        return VALUE_NULL;
    if (argc > 1)
        return err_raise(&type_TypeError, "list expected at most 1 argument, got %d", argc);
    return argc ? list_from_iter(args[0]) : list_new(0);
}

/* repr of a list or tuple; a 1-tuple gets its trailing comma. */
value_t seq_repr(value_t self, char open, char close)
{
    if (!seq_repr_enter(self))
        return str_from_cstr(open == '[' ? "[...]" : "(...)");
    StrBuf b;
    strbuf_init(&b, 16);
    strbuf_add_char(&b, open);
    size_t n;
    for (size_t i = 0; seq_items(self, &n), i < n; i++) {
        if (i)
            strbuf_add(&b, ", ", 2);
        if (!strbuf_add_repr(&b, seq_items(self, &n)[i])) {
            seq_repr_leave();
            return VALUE_NULL;
        }
    }
    if (open == '(' && n == 1)
        strbuf_add_char(&b, ',');
    strbuf_add_char(&b, close);
    seq_repr_leave();
    return strbuf_finish(&b);
}

static value_t list_repr(value_t self)
{
    return seq_repr(self, '[', ']');
}

static value_t list_compare(value_t a, value_t b, int cmp)
{
    if (!list_check(a) || !list_check(b))
        return VALUE_NOTIMPL;
    return seq_compare(a, b, cmp);
}

/* The count of `seq * n`: n must be an integer; false with *notimpl set
 * when a user class may still handle the operation. */
bool seq_repeat_count(value_t n, small_int_t *out, bool *notimpl)
{
    *notimpl = false;
    if (value_is_int(n)) {
        *out = value_to_small(n);
    } else if (int_check(n) || n == VALUE_TRUE || n == VALUE_FALSE ||
               (obj_type(n)->flags & TYPE_HEAP)) {
        if (!obj_get_index(n, out)) {
            if (!(obj_type(n)->flags & TYPE_HEAP) || !err_matches(&type_TypeError))
                return false;
            err_clear();
            *notimpl = true;
            return false;
        }
    } else {
        err_raise(&type_TypeError, "can't multiply sequence by non-int of type '%T'", n);
        return false;
    }
    if (*out < 0)
        *out = 0;
    return true;
}

/* The items of `count` copies of (n, items), or VALUE_NULL on overflow. */
static value_t list_repeat(const value_t *items, size_t n, small_int_t count)
{
    if (n && (uint64_t)count > (uint64_t)(UINT32_MAX / 2 / sizeof(value_t)) / n)
        return err_no_memory();
    List *r = list_alloc(n * (size_t)count);
    if (r == NULL)
        return VALUE_NULL;
    for (small_int_t k = 0; k < count; k++)
        items_copy(r->items + k * n, items, n);
    r->len = (uint32_t)(n * (size_t)count);
    return (value_t)r;
}

static value_t list_concat(value_t a, value_t b)
{
    List *x = LIST(a), *y = LIST(b);
    List *r = list_alloc((size_t)x->len + y->len);
    if (r == NULL)
        return VALUE_NULL;
    items_copy(r->items, x->items, x->len);
    items_copy(r->items + x->len, y->items, y->len);
    r->len = x->len + y->len;
    return (value_t)r;
}

static value_t list_binary(value_t a, value_t b, int op)
{
    bool inplace = (op & OP_INPLACE) != 0;
    op &= ~OP_INPLACE;
    if (op == OP_ADD && list_check(a)) {
        if (inplace)
            return list_extend(a, b) ? a : VALUE_NULL;
        if (list_check(b))
            return list_concat(a, b);
        if (obj_type(b)->flags & TYPE_HEAP)
            return VALUE_NOTIMPL;
        return err_raise(&type_TypeError, "can only concatenate list (not \"%T\") to list", b);
    }
    if (op == OP_MUL) {
        value_t seq = list_check(a) ? a : b, n = list_check(a) ? b : a;
        small_int_t count;
        bool notimpl;
        if (!seq_repeat_count(n, &count, &notimpl))
            return notimpl ? VALUE_NOTIMPL : VALUE_NULL;
        List *l = LIST(seq);
        if (!(inplace && seq == a))
            return list_repeat(l->items, l->len, count);
        if (!vm_may_resize("list"))
            return VALUE_NULL;
        value_t copy = list_repeat(l->items, l->len, count);
        if (copy == VALUE_NULL)
            return VALUE_NULL;
        l->cap = LIST(copy)->cap;
        l->items = LIST(copy)->items;   /* take over the repeated items block */
        IRQ_ORDER();
        l->len = LIST(copy)->len;
        return a;
    }
    return VALUE_NOTIMPL;
}

static small_int_t list_len(value_t self)
{
    return LIST(self)->len;
}

static value_t list_get_slice(List *l, value_t slice)
{
    small_int_t start, stop, step, count;
    if (!slice_indices(slice, l->len, &start, &stop, &step, &count))
        return VALUE_NULL;
    if (step == 1)
        return list_from((size_t)count, l->items + start);
    List *r = list_alloc((size_t)count);
    if (r == NULL)
        return VALUE_NULL;
    for (small_int_t i = 0; i < count; i++)
        r->items[i] = l->items[start + i * step];
    r->len = (uint32_t)count;
    return (value_t)r;
}

static bool list_del_slice(List *l, value_t slice)
{
    small_int_t start, stop, step, count;
    if (!slice_indices(slice, l->len, &start, &stop, &step, &count))
        return false;
    if (count == 0)
        return true;
    if (step < 0) {   /* the same items, walked upwards */
        start += (count - 1) * step;
        step = -step;
    }
    if (step == 1)
        return list_remove_range(l, (size_t)start, (size_t)count);
    if (!vm_may_resize("list"))
        return false;
    small_int_t last = start + (count - 1) * step, dst = start, len = (small_int_t)l->len;
    for (small_int_t i = start; i < len; i++)
        if (i > last || (i - start) % step != 0)
            l->items[dst++] = l->items[i];
    l->len = (uint32_t)dst; /* before the tail is cleared, as list_remove_range */
    IRQ_ORDER();
    memset(l->items + dst, 0, (size_t)(len - dst) * sizeof(value_t));
    return true;
}

/* The assigned value of a slice assignment as a fresh list (it may be l). */
static value_t slice_source(value_t v, bool extended)
{
    if (tuple_check(v) || list_check(v)) {
        size_t n;
        value_t *items = seq_items(v, &n);
        return list_from(n, items);
    }
    value_t it = obj_iter(v);
    if (it == VALUE_NULL) {
        if (err_matches(&type_TypeError)) {
            err_clear();
            err_raise(&type_TypeError, extended ? "must assign iterable to extended slice"
                                                : "can only assign an iterable");
        }
        return VALUE_NULL;
    }
    return list_from_iter(it);
}

static bool list_set_slice(List *l, value_t slice, value_t v)
{
    small_int_t start, stop, step;
    if (!slice_unpack(slice, &start, &stop, &step))
        return false;
    value_t src = slice_source(v, step != 1);
    if (src == VALUE_NULL)
        return false;
    small_int_t count = slice_adjust(l->len, &start, &stop, step);
    size_t n = LIST(src)->len;
    value_t *items = LIST(src)->items;
    if (step == 1) {
        if (stop < start)
            stop = start;
        size_t old = (size_t)(stop - start);
        if (n > old && !list_open_gap(l, (size_t)stop, n - old))
            return false;
        if (n < old && !list_remove_range(l, (size_t)start + n, old - n))
            return false;
        items_copy(l->items + start, items, n);
        return true;
    }
    if ((small_int_t)n != count) {
        err_raise(&type_ValueError,
                  "attempt to assign sequence of size %zu to extended slice of size %zu", n,
                  (size_t)count);
        return false;
    }
    for (small_int_t i = 0; i < count; i++)
        l->items[start + i * step] = items[i];
    return true;
}

static value_t list_subscr(value_t self, value_t key, value_t v)
{
    List *l = LIST(self);
    small_int_t i;
    if (slice_check(key)) {
        if (v == VALUE_NULL)
            return list_get_slice(l, key);
        bool ok = v == VALUE_UNBOUND ? list_del_slice(l, key) : list_set_slice(l, key, v);
        return ok ? VALUE_NONE : VALUE_NULL;
    }
    if (v == VALUE_NULL) {
        if (!seq_index(key, l->len, "list", &i))
            return VALUE_NULL;
        return l->items[i];
    }
    if (!seq_index(key, l->len, "list assignment", &i))
        return VALUE_NULL;
    if (v == VALUE_UNBOUND)
        return list_remove_range(l, (size_t)i, 1) ? VALUE_NONE : VALUE_NULL;
    l->items[i] = v;
    return VALUE_NONE;
}

static int list_contains(value_t self, value_t item)
{
    for (size_t i = 0; i < LIST(self)->len; i++) {
        int eq = obj_equal(LIST(self)->items[i], item);
        if (eq)
            return eq;
    }
    return 0;
}

/* ---- Methods ------------------------------------------------------------ */

static bool self_is_list(value_t self, const char *meth)
{
    if (list_check(self))
        return true;
    err_raise(&type_TypeError, "descriptor '%s' for 'list' objects doesn't apply to a '%T' object",
              meth, self);
    return false;
}

static value_t m_append(value_t self, value_t v)
{
    if (!self_is_list(self, "append") || !list_append(self, v))
        return VALUE_NULL;
    return VALUE_NONE;
}

static value_t m_extend(value_t self, value_t v)
{
    if (!self_is_list(self, "extend") || !list_extend(self, v))
        return VALUE_NULL;
    return VALUE_NONE;
}

static value_t m_insert(value_t self, value_t index, value_t v)
{
    small_int_t i;
    if (!self_is_list(self, "insert") || !obj_get_index(index, &i))
        return VALUE_NULL;
    List *l = LIST(self);
    if (i < 0) {
        i += l->len;
        if (i < 0)
            i = 0;
    } else if (i > (small_int_t)l->len) {
        i = l->len;
    }
    if (!list_open_gap(l, (size_t)i, 1))
        return VALUE_NULL;
    l->items[i] = v;
    return VALUE_NONE;
}

static value_t m_pop(int argc, const value_t *args)
{
    if (!self_is_list(args[0], "pop"))
        return VALUE_NULL;
    List *l = LIST(args[0]);
    small_int_t i = -1;
    if (argc > 1 && !obj_get_index(args[1], &i))
        return VALUE_NULL;
    if (l->len == 0)
        return err_raise(&type_IndexError, "pop from empty list");
    if (i < 0)
        i += l->len;
    if (i < 0 || i >= (small_int_t)l->len)
        return err_raise(&type_IndexError, "pop index out of range");
    value_t v = l->items[i];
    return list_remove_range(l, (size_t)i, 1) ? v : VALUE_NULL;
}

/* Position of the first item equal to v in [start, stop), -1 if none, -2 on error. */
static small_int_t list_find(List *l, value_t v, small_int_t start, small_int_t stop)
{
    for (small_int_t i = start; i < stop && i < (small_int_t)l->len; i++) {
        int eq = obj_equal(l->items[i], v);
        if (eq < 0)
            return -2;
        if (eq)
            return i;
    }
    return -1;
}

static value_t m_remove(value_t self, value_t v)
{
    if (!self_is_list(self, "remove"))
        return VALUE_NULL;
    small_int_t i = list_find(LIST(self), v, 0, SMALL_INT_MAX);
    if (i == -2)
        return VALUE_NULL;
    if (i == -1)
        return err_raise(&type_ValueError, "list.remove(x): x not in list");
    return list_remove_range(LIST(self), (size_t)i, 1) ? VALUE_NONE : VALUE_NULL;
}

/* start/stop arguments of index(): negative from the end, clamped at 0. */
bool seq_index_bounds(int argc, const value_t *args, size_t len, small_int_t *start,
                      small_int_t *stop)
{
    small_int_t b[2] = { 0, SMALL_INT_MAX };
    for (int k = 0; k < 2 && k < argc; k++) {
        if (!slice_bound(args[k], &b[k]))
            return false;
        if (b[k] < 0) {
            b[k] += (small_int_t)len;
            if (b[k] < 0)
                b[k] = 0;
        }
    }
    *start = b[0];
    *stop = b[1];
    return true;
}

static value_t m_index(int argc, const value_t *args)
{
    small_int_t start, stop;
    if (!self_is_list(args[0], "index") ||
        !seq_index_bounds(argc - 2, args + 2, LIST(args[0])->len, &start, &stop))
        return VALUE_NULL;
    small_int_t i = list_find(LIST(args[0]), args[1], start, stop);
    if (i == -2)
        return VALUE_NULL;
    if (i == -1)
        return err_raise(&type_ValueError, "%R is not in list", args[1]);
    return value_from_small(i);
}

/* Number of items equal to v (lists and tuples); -1 on error. */
small_int_t seq_count(value_t seq, value_t v)
{
    small_int_t n = 0;
    size_t len;
    for (size_t i = 0; seq_items(seq, &len), i < len; i++) {
        int eq = obj_equal(seq_items(seq, &len)[i], v);
        if (eq < 0)
            return -1;
        n += eq;
    }
    return n;
}

static value_t m_count(value_t self, value_t v)
{
    if (!self_is_list(self, "count"))
        return VALUE_NULL;
    small_int_t n = seq_count(self, v);
    return n < 0 ? VALUE_NULL : value_from_small(n);
}

static value_t m_sort(int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = { "key", "reverse", NULL };
    value_t opt[2];
    if (argc > 1)
        return err_raise(&type_TypeError, "sort() takes no positional arguments");
    if (!self_is_list(args[0], "sort") ||
        !arg_parse("sort", argc - 1, args + 1, kwnames, names, 0, opt))
        return VALUE_NULL;
    int reverse = 0;
    if (opt[1] != VALUE_NULL && (reverse = obj_truthy(opt[1])) < 0)
        return VALUE_NULL;
    if (!list_sort(args[0], opt[0], reverse))
        return VALUE_NULL;
    return VALUE_NONE;
}

static value_t m_reverse(value_t self)
{
    if (!self_is_list(self, "reverse"))
        return VALUE_NULL;
    List *l = LIST(self);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        value_t t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return VALUE_NONE;
}

static value_t m_copy(value_t self)
{
    if (!self_is_list(self, "copy"))
        return VALUE_NULL;
    return list_from(LIST(self)->len, LIST(self)->items);
}

static value_t m_clear(value_t self)
{
    if (!self_is_list(self, "clear"))
        return VALUE_NULL;
    List *l = LIST(self);
    return list_remove_range(l, 0, l->len) ? VALUE_NONE : VALUE_NULL;
}

static BUILTIN_FIX(append_fn, "list.append", 2, m_append);
static BUILTIN_FIX(extend_fn, "list.extend", 2, m_extend);
static BUILTIN_FIX(insert_fn, "list.insert", 3, m_insert);
static BUILTIN_VAR(pop_fn, "list.pop", 1, 2, m_pop);
static BUILTIN_FIX(remove_fn, "list.remove", 2, m_remove);
static BUILTIN_VAR(index_fn, "list.index", 2, 4, m_index);
static BUILTIN_FIX(count_fn, "list.count", 2, m_count);
static BUILTIN_KW(sort_fn, "list.sort", 1, ARGS_MANY, m_sort);
static BUILTIN_FIX(reverse_fn, "list.reverse", 1, m_reverse);
static BUILTIN_FIX(copy_fn, "list.copy", 1, m_copy);
static BUILTIN_FIX(clear_fn, "list.clear", 1, m_clear);

static const AttrDef list_methods[] = {
    ATTR_OBJ("append", &append_fn), ATTR_OBJ("extend", &extend_fn),
    ATTR_OBJ("insert", &insert_fn), ATTR_OBJ("pop", &pop_fn),
    ATTR_OBJ("remove", &remove_fn), ATTR_OBJ("index", &index_fn),
    ATTR_OBJ("count", &count_fn),   ATTR_OBJ("sort", &sort_fn),
    ATTR_OBJ("reverse", &reverse_fn), ATTR_OBJ("copy", &copy_fn),
    ATTR_OBJ("clear", &clear_fn),   ATTR_END,
};

Type type_list = {
    .base = { &type_type },
    .cname = "list",
    .parent = &type_object,
    .methods = list_methods,
    .make = list_make,
    .repr = list_repr,
    .hash = seq_unhashable,
    .compare = list_compare,
    .binary = list_binary,
    .len = list_len,
    .iter = iter_seq_new,
    .subscr = list_subscr,
    .contains = list_contains,
};

Type *const container_types[] = {
    &type_list, &type_tuple, &type_range, &type_slice, &type_dict, &type_set, &type_frozenset,
    &type_list_iterator, &type_tuple_iterator, &type_seq_iterator, &type_list_reverseiterator,
    &type_range_iterator, &type_enumerate, &type_zip, &type_map, &type_filter, &type_reversed,
    &type_dict_keys, &type_dict_values, &type_dict_items, &type_dict_keyiterator,
    &type_dict_valueiterator, &type_dict_itemiterator, &type_set_iterator, NULL,
};
