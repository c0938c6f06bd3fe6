/*
 * tuple.c — the immutable tuple: one block with the items inline.
 *
 * The empty tuple is a static singleton. The hash follows the shape of
 * CPython's xxHash-based tuple hash (per item: multiply-accumulate, rotate,
 * multiply), computed in 32 bits on every platform so results do not depend
 * on the word size.
 */
#include <string.h>

#include "list.h"
#include "err.h"
#include "gc.h"
#include "str.h"

static Tuple empty_tuple = { { &type_tuple }, 0 };
value_t tuple_empty = (value_t)&empty_tuple;

value_t tuple_new(size_t n)
{
    if (n == 0)
        return tuple_empty;
    if (n > (UINT32_MAX / 2) / sizeof(value_t))
        return err_no_memory();
    Tuple *t = gc_new_object(sizeof(Tuple) + n * sizeof(value_t), &type_tuple);
    if (t == NULL)
        return VALUE_NULL;
    t->len = (uint32_t)n;
    for (size_t i = 0; i < n; i++)
        t->items[i] = VALUE_NONE;
    return (value_t)t;
}

value_t tuple_from(size_t n, const value_t *items)
{
    value_t t = tuple_new(n);
    if (t != VALUE_NULL && n)
        memcpy(TUPLE(t)->items, items, n * sizeof(value_t));
    return t;
}

value_t tuple_pack2(value_t a, value_t b)
{
    value_t items[2] = { a, b };
    return tuple_from(2, items);
}

value_t tuple_from_iter(value_t iterable)
{
    if (tuple_check(iterable))
        return iterable;
    if (value_is_obj(iterable) && OBJ(iterable)->type == &type_list)   /* not a subclass */
        return tuple_from(LIST(iterable)->len, LIST(iterable)->items);
    value_t l = list_from_iter(iterable);
    if (l == VALUE_NULL)
        return VALUE_NULL;
    return tuple_from(LIST(l)->len, LIST(l)->items);
}

static value_t tuple_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    (void)cls;   /* cannot be subclassed */
    if (!arg_check_no_kw("tuple", kwnames))
        return VALUE_NULL;
    if (argc > 1)
        return err_raise(&type_TypeError, "tuple expected at most 1 argument, got %d", argc);
    return argc ? tuple_from_iter(args[0]) : tuple_empty;
}

static value_t tuple_repr(value_t self)
{
    return seq_repr(self, '(', ')');
}

#define XXPRIME_1 2654435761u
#define XXPRIME_2 2246822519u
#define XXPRIME_5 374761393u

static value_t tuple_hash(value_t self)
{
    Tuple *t = TUPLE(self);
    uint32_t acc = XXPRIME_5;
    for (size_t i = 0; i < t->len; i++) {
        small_int_t h;
        if (!obj_hash(t->items[i], &h))
            return VALUE_NULL;
        acc += (uint32_t)h * XXPRIME_2;
        acc = (acc << 13) | (acc >> 19);
        acc *= XXPRIME_1;
    }
    acc += t->len ^ (XXPRIME_5 ^ 3527539u);
    /* keep 31 bits so the hash is a small int on Cortex-M too */
    return value_from_small((small_int_t)((int32_t)acc >> 1));
}

static value_t tuple_compare(value_t a, value_t b, int cmp)
{
    if (!tuple_check(a) || !tuple_check(b))
        return VALUE_NOTIMPL;
    return seq_compare(a, b, cmp);
}

static value_t tuple_binary(value_t a, value_t b, int op)
{
    op &= ~OP_INPLACE;
    if (op == OP_ADD && tuple_check(a)) {
        if (!tuple_check(b)) {
            if (obj_type(b)->flags & TYPE_HEAP)
                return VALUE_NOTIMPL;
            return err_raise(&type_TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
        }
        Tuple *x = TUPLE(a), *y = TUPLE(b);
        if (y->len == 0)
            return a;
        if (x->len == 0)
            return b;
        value_t r = tuple_new((size_t)x->len + y->len);
        if (r == VALUE_NULL)
            return VALUE_NULL;
        memcpy(TUPLE(r)->items, x->items, x->len * sizeof(value_t));
        memcpy(TUPLE(r)->items + x->len, y->items, y->len * sizeof(value_t));
        return r;
    }
    if (op == OP_MUL) {
        value_t seq = tuple_check(a) ? a : b, n = tuple_check(a) ? b : a;
        small_int_t count;
        bool notimpl;
        if (!seq_repeat_count(n, &count, &notimpl))
            return notimpl ? VALUE_NOTIMPL : VALUE_NULL;
        size_t len = TUPLE(seq)->len;
        if (count == 1 || len == 0)
            return count ? seq : tuple_empty;
        if ((uint64_t)count * len > (UINT32_MAX / 2) / sizeof(value_t))
            return err_no_memory();
        value_t r = tuple_new(len * (size_t)count);
        if (r == VALUE_NULL)
            return VALUE_NULL;
        for (small_int_t k = 0; k < count; k++)
            memcpy(TUPLE(r)->items + k * len, TUPLE(seq)->items, len * sizeof(value_t));
        return r;
    }
    return VALUE_NOTIMPL;
}

static small_int_t tuple_len(value_t self)
{
    return TUPLE(self)->len;
}

static value_t tuple_get_slice(value_t self, value_t slice)
{
    Tuple *t = TUPLE(self);
    small_int_t start, stop, step, count;
    if (!slice_indices(slice, t->len, &start, &stop, &step, &count))
        return VALUE_NULL;
    if (step == 1 && count == (small_int_t)t->len)
        return self;
    value_t r = tuple_new((size_t)count);
    if (r == VALUE_NULL)
        return VALUE_NULL;
    for (small_int_t i = 0; i < count; i++)
        TUPLE(r)->items[i] = t->items[start + i * step];
    return r;
}

static value_t tuple_subscr(value_t self, value_t key, value_t v)
{
    if (v == VALUE_UNBOUND)
        return err_raise(&type_TypeError, "'tuple' object doesn't support item deletion");
    if (v != VALUE_NULL)
        return err_raise(&type_TypeError, "'tuple' object does not support item assignment");
    if (slice_check(key))
        return tuple_get_slice(self, key);
    small_int_t i;
    if (!seq_index(key, TUPLE(self)->len, "tuple", &i))
        return VALUE_NULL;
    return TUPLE(self)->items[i];
}

static int tuple_contains(value_t self, value_t item)
{
    Tuple *t = TUPLE(self);
    for (size_t i = 0; i < t->len; i++) {
        int eq = obj_equal(t->items[i], item);
        if (eq)
            return eq;
    }
    return 0;
}

static bool self_is_tuple(value_t self, const char *meth)
{
    if (tuple_check(self))
        return true;
    err_raise(&type_TypeError, "descriptor '%s' for 'tuple' objects doesn't apply to a '%T' object",
              meth, self);
    return false;
}

static value_t m_count(value_t self, value_t v)
{
    if (!self_is_tuple(self, "count"))
        return VALUE_NULL;
    small_int_t n = seq_count(self, v);
    return n < 0 ? VALUE_NULL : value_from_small(n);
}

static value_t m_index(int argc, const value_t *args)
{
    small_int_t start, stop;
    if (!self_is_tuple(args[0], "index"))
        return VALUE_NULL;
    Tuple *t = TUPLE(args[0]);
    if (!seq_index_bounds(argc - 2, args + 2, t->len, &start, &stop))
        return VALUE_NULL;
    for (small_int_t i = start; i < stop && i < (small_int_t)t->len; i++) {
        int eq = obj_equal(t->items[i], args[1]);
        if (eq < 0)
            return VALUE_NULL;
        if (eq)
            return value_from_small(i);
    }
    return err_raise(&type_ValueError, "tuple.index(x): x not in tuple");
}

static BUILTIN_FIX(count_fn, "tuple.count", 2, m_count);
static BUILTIN_VAR(index_fn, "tuple.index", 2, 4, m_index);

static const AttrDef tuple_methods[] = {
    ATTR_OBJ("count", &count_fn),
    ATTR_OBJ("index", &index_fn),
    ATTR_END,
};

Type type_tuple = {
    .base = { &type_type },
    .cname = "tuple",
    .parent = &type_object,
    .methods = tuple_methods,
    .make = tuple_make,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .compare = tuple_compare,
    .binary = tuple_binary,
    .len = tuple_len,
    .iter = iter_seq_new,
    .subscr = tuple_subscr,
    .contains = tuple_contains,
};
