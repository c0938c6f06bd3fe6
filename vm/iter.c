/*
 * iter.c — iterator types: forward and reverse sequence iterators (list
 * and tuple fast paths, and the generic one that calls __getitem__ with
 * 0, 1, 2, ...), enumerate, zip, map, filter, reversed, and sorted().
 *
 * Every iterator's next slot returns VALUE_STOP at the end without setting
 * an exception (object.h); next(it) and for-loops turn that into
 * StopIteration where Python needs one. An exhausted sequence iterator
 * drops its sequence, so items appended later are not seen (as in CPython).
 */
#include "list.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "str.h"

value_t iter_self(value_t self)
{
    return self;
}

/* ---- Sequence iterators ------------------------------------------------- */

typedef struct SeqIter {
    Object base;
    value_t seq;        /* VALUE_NULL once exhausted */
    small_int_t index;  /* next index (forward) or current index (reverse) */
} SeqIter;

static value_t seqiter_new(const Type *t, value_t seq, small_int_t index)
{
    SeqIter *it = GC_NEW(SeqIter, t);
    if (it == NULL)
        return VALUE_NULL;
    it->seq = seq;
    it->index = index;
    return (value_t)it;
}

value_t iter_seq_new(value_t seq)
{
    const Type *t = list_check(seq)    ? &type_list_iterator
                    : tuple_check(seq) ? &type_tuple_iterator
                                       : &type_seq_iterator;
    return seqiter_new(t, seq, 0);
}

/* list_iterator and tuple_iterator: the items read in place. */
static value_t seqiter_next(value_t self)
{
    SeqIter *it = (SeqIter *)self;
    size_t len;
    if (it->seq == VALUE_NULL)
        return VALUE_STOP;
    value_t *items = seq_items(it->seq, &len);
    if ((size_t)it->index < len)
        return items[it->index++];
    it->seq = VALUE_NULL;
    return VALUE_STOP;
}

/* The end of a __getitem__ walk: IndexError or StopIteration. */
static value_t getitem_stop(SeqIter *it)
{
    if (!err_matches(&type_IndexError) && !err_matches(&type_StopIteration))
        return VALUE_NULL;
    err_clear();
    it->seq = VALUE_NULL;
    return VALUE_STOP;
}

static value_t getitem_next(value_t self)
{
    SeqIter *it = (SeqIter *)self;
    if (it->seq == VALUE_NULL)
        return VALUE_STOP;
    value_t v = obj_getitem(it->seq, value_from_small(it->index));
    if (v == VALUE_NULL)
        return getitem_stop(it);
    it->index++;
    return v;
}

static value_t reverse_next(value_t self)
{
    SeqIter *it = (SeqIter *)self;
    size_t len;
    if (it->seq == VALUE_NULL)
        return VALUE_STOP;
    value_t *items = seq_items(it->seq, &len);
    if (it->index >= 0 && (size_t)it->index < len)
        return items[it->index--];
    it->seq = VALUE_NULL;
    return VALUE_STOP;
}

static value_t reversed_getitem_next(value_t self)
{
    SeqIter *it = (SeqIter *)self;
    if (it->seq == VALUE_NULL || it->index < 0) {
        it->seq = VALUE_NULL;
        return VALUE_STOP;
    }
    value_t v = obj_getitem(it->seq, value_from_small(it->index));
    if (v == VALUE_NULL)
        return getitem_stop(it);
    it->index--;
    return v;
}

value_t iter_reversed(value_t seq)
{
    size_t len;
    if (range_check(seq))
        return range_reversed(seq);
    if (dict_check(seq)) {
        seq = list_from_iter(seq);   /* a snapshot of the keys */
        if (seq == VALUE_NULL)
            return VALUE_NULL;
    }
    if (seq_items(seq, &len))
        return seqiter_new(&type_list_reverseiterator, seq, (small_int_t)len - 1);
    const Type *t = obj_type(seq);
    if (t->subscr == NULL || t->len == NULL || dict_check(seq) || set_check(seq))
        return err_raise(&type_TypeError, "'%T' object is not reversible", seq);
    small_int_t n = obj_len(seq);
    if (n < 0)
        return VALUE_NULL;
    return seqiter_new(&type_reversed, seq, n - 1);
}

static value_t reversed_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    (void)cls;   /* cannot be subclassed */
    if (!arg_check_no_kw("reversed", kwnames))
        return VALUE_NULL;
    if (argc != 1)
        return err_raise(&type_TypeError, "reversed expected 1 argument, got %d", argc);
    const Type *t = obj_type(args[0]);
    if (t->flags & TYPE_HEAP) {
        value_t m = type_lookup(t, str_intern_cstr("__reversed__"));
        if (m != VALUE_NULL)
            return obj_call_method(args[0], str_intern_cstr("__reversed__"), 0, NULL);
    }
    return iter_reversed(args[0]);
}

Type type_list_iterator = {
    .base = { &type_type }, .cname = "list_iterator", .parent = &type_object,
    .iter = iter_self, .next = seqiter_next,
};
Type type_tuple_iterator = {
    .base = { &type_type }, .cname = "tuple_iterator", .parent = &type_object,
    .iter = iter_self, .next = seqiter_next,
};
Type type_seq_iterator = {
    .base = { &type_type }, .cname = "iterator", .parent = &type_object,
    .iter = iter_self, .next = getitem_next,
};
Type type_list_reverseiterator = {
    .base = { &type_type }, .cname = "list_reverseiterator", .parent = &type_object,
    .iter = iter_self, .next = reverse_next,
};
Type type_reversed = {
    .base = { &type_type }, .cname = "reversed", .parent = &type_object,
    .make = reversed_make, .iter = iter_self, .next = reversed_getitem_next,
};

/* ---- enumerate ---------------------------------------------------------- */

typedef struct Enumerate {
    Object base;
    value_t it;
    value_t count;   /* int */
} Enumerate;

static value_t enumerate_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = { "iterable", "start", NULL };
    value_t a[2];
    if (!arg_parse("enumerate", argc, args, kwnames, names, 2, a))
        return VALUE_NULL;
    if (a[0] == VALUE_NULL)
        return err_raise(&type_TypeError, "enumerate() missing required argument 'iterable' (pos 1)");
    value_t count = value_from_small(0);
    if (a[1] != VALUE_NULL) {
        small_int_t n;
        if (obj_type(a[1]) == &type_int)
            count = a[1];
        else if (!obj_get_index(a[1], &n))
            return VALUE_NULL;
        else
            count = value_from_small(n);
    }
    value_t it = obj_iter(a[0]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    Enumerate *e = GC_NEW(Enumerate, cls);
    if (e == NULL)
        return VALUE_NULL;
    e->it = it;
    e->count = count;
    return (value_t)e;
}

static value_t enumerate_next(value_t self)
{
    Enumerate *e = (Enumerate *)self;
    value_t v = obj_next(e->it);
    if (v == VALUE_NULL || v == VALUE_STOP)
        return v;
    value_t pair = tuple_pack2(e->count, v);
    if (pair == VALUE_NULL)
        return VALUE_NULL;
    value_t next = value_is_int(e->count) && value_to_small(e->count) < SMALL_INT_MAX
                       ? e->count + 2   /* tagged small int plus one */
                       : obj_binary(e->count, value_from_small(1), OP_ADD);
    if (next == VALUE_NULL)
        return VALUE_NULL;
    e->count = next;
    return pair;
}

Type type_enumerate = {
    .base = { &type_type }, .cname = "enumerate", .parent = &type_object,
    .make = enumerate_make, .iter = iter_self, .next = enumerate_next,
};

/* ---- zip and map: n iterators advanced together ------------------------- */

typedef struct MultiIter {
    Object base;
    value_t func;    /* map: the function; zip: unused */
    value_t iters;   /* tuple of iterators; VALUE_NULL once exhausted */
} MultiIter;

static value_t multi_new(const Type *cls, value_t func, int argc, const value_t *args)
{
    value_t iters = tuple_new((size_t)argc);
    if (iters == VALUE_NULL)
        return VALUE_NULL;
    for (int i = 0; i < argc; i++) {
        value_t it = obj_iter(args[i]);
        if (it == VALUE_NULL)
            return VALUE_NULL;
        TUPLE(iters)->items[i] = it;
    }
    MultiIter *m = GC_NEW(MultiIter, cls);
    if (m == NULL)
        return VALUE_NULL;
    m->func = func;
    m->iters = argc ? iters : VALUE_NULL;
    return (value_t)m;
}

/* Next item of every iterator into out; VALUE_STOP when one is exhausted. */
static value_t multi_step(MultiIter *m, value_t *out)
{
    if (m->iters == VALUE_NULL)
        return VALUE_STOP;
    Tuple *iters = TUPLE(m->iters);
    for (size_t i = 0; i < iters->len; i++) {
        value_t v = obj_next(iters->items[i]);
        if (v == VALUE_NULL)
            return VALUE_NULL;
        if (v == VALUE_STOP) {
            m->iters = VALUE_NULL;
            return VALUE_STOP;
        }
        out[i] = v;
    }
    return VALUE_NONE;
}

static value_t zip_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (!arg_check_no_kw("zip", kwnames))
        return VALUE_NULL;
    return multi_new(cls, VALUE_NONE, argc, args);
}

static value_t zip_next(value_t self)
{
    MultiIter *m = (MultiIter *)self;
    if (m->iters == VALUE_NULL)
        return VALUE_STOP;
    value_t t = tuple_new(TUPLE(m->iters)->len);
    if (t == VALUE_NULL)
        return VALUE_NULL;
    value_t r = multi_step(m, TUPLE(t)->items);
    return r == VALUE_NONE ? t : r;
}

static value_t map_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (!arg_check_no_kw("map", kwnames))
        return VALUE_NULL;
    if (argc < 2)
        return err_raise(&type_TypeError, "map() must have at least two arguments.");
    return multi_new(cls, args[0], argc - 1, args + 1);
}

static value_t map_next(value_t self)
{
    MultiIter *m = (MultiIter *)self;
    value_t small[4], *args = small;
    if (m->iters == VALUE_NULL)
        return VALUE_STOP;
    size_t n = TUPLE(m->iters)->len;
    if (n > 4) {
        value_t t = tuple_new(n);   /* scratch space for many iterables */
        if (t == VALUE_NULL)
            return VALUE_NULL;
        args = TUPLE(t)->items;
    }
    value_t r = multi_step(m, args);
    if (r != VALUE_NONE)
        return r;
    return obj_call(m->func, (int)n, args, VALUE_NULL);
}

Type type_zip = {
    .base = { &type_type }, .cname = "zip", .parent = &type_object,
    .make = zip_make, .iter = iter_self, .next = zip_next,
};
Type type_map = {
    .base = { &type_type }, .cname = "map", .parent = &type_object,
    .make = map_make, .iter = iter_self, .next = map_next,
};

/* ---- filter ------------------------------------------------------------- */

typedef struct Filter {
    Object base;
    value_t func;    /* None: keep the truthy items */
    value_t it;
} Filter;

static value_t filter_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (!arg_check_no_kw("filter", kwnames))
        return VALUE_NULL;
    if (argc != 2)
        return err_raise(&type_TypeError, "filter expected 2 arguments, got %d", argc);
    value_t it = obj_iter(args[1]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    Filter *f = GC_NEW(Filter, cls);
    if (f == NULL)
        return VALUE_NULL;
    f->func = args[0];
    f->it = it;
    return (value_t)f;
}

static value_t filter_next(value_t self)
{
    Filter *f = (Filter *)self;
    for (;;) {
        value_t v = obj_next(f->it);
        if (v == VALUE_NULL || v == VALUE_STOP)
            return v;
        value_t test = f->func == VALUE_NONE ? v : obj_call1(f->func, v);
        if (test == VALUE_NULL)
            return VALUE_NULL;
        int keep = obj_truthy(test);
        if (keep < 0)
            return VALUE_NULL;
        if (keep)
            return v;
    }
}

Type type_filter = {
    .base = { &type_type }, .cname = "filter", .parent = &type_object,
    .make = filter_make, .iter = iter_self, .next = filter_next,
};

/* ---- sorted ------------------------------------------------------------- */

value_t iter_sorted(value_t iterable, value_t key, bool reverse)
{
    value_t l = list_from_iter(iterable);
    if (l == VALUE_NULL || !list_sort(l, key, reverse))
        return VALUE_NULL;
    return l;
}
