/*
 * list.h — list, tuple, range, slice, the iterator types (iter.c) and the
 * generic sequence helpers shared by the VM and the other built-in types.
 *
 * list.c holds list and the helpers (seq_*, slice_indices), tuple.c the
 * tuple, range.c range and slice, sort.c the stable merge sort behind
 * list.sort and sorted(), iter.c the iterator types.
 */
#ifndef IRQPY_LIST_H
#define IRQPY_LIST_H

#include "object.h"

typedef struct List {
    Object base;
    uint32_t len, cap;
    value_t *items;   /* gc block */
} List;

typedef struct Tuple {
    Object base;
    uint32_t len;
    value_t items[];
} Tuple;

typedef struct Slice {
    Object base;
    value_t start, stop, step;  /* None when omitted */
} Slice;

typedef struct Range {
    Object base;
    small_int_t start, stop, step;
} Range;

#define LIST(v) ((List *)(v))
#define TUPLE(v) ((Tuple *)(v))

/* list_check accepts instances of user subclasses of list (same layout,
 * Type.solid). Tuples, ranges and slices cannot be subclassed. */
static inline bool list_check(value_t v)
{
    return value_is_obj(v) && (OBJ(v)->type == &type_list || OBJ(v)->type->solid == &type_list);
}
static inline bool tuple_check(value_t v) { return value_is_obj(v) && OBJ(v)->type == &type_tuple; }
static inline bool slice_check(value_t v) { return value_is_obj(v) && OBJ(v)->type == &type_slice; }
static inline bool range_check(value_t v) { return value_is_obj(v) && OBJ(v)->type == &type_range; }

value_t list_new(size_t n);                        /* n items, all None */
value_t list_from(size_t n, const value_t *items);
bool list_append(value_t list, value_t v);
bool list_extend(value_t list, value_t iterable);
value_t list_from_iter(value_t iterable);
bool list_sort(value_t list, value_t key, bool reverse); /* stable; key None/NULL: none */

extern value_t tuple_empty;
value_t tuple_new(size_t n);                       /* items None; fill before sharing */
value_t tuple_from(size_t n, const value_t *items);
value_t tuple_from_iter(value_t iterable);
value_t tuple_pack2(value_t a, value_t b);

value_t slice_new(value_t start, value_t stop, value_t step);
/* Resolve a slice against a sequence length: CPython's semantics, count of items out. */
bool slice_indices(value_t slice, small_int_t len, small_int_t *start, small_int_t *stop,
                   small_int_t *step, small_int_t *count);
/* Normalise an index for a sequence of length len (negative from end); IndexError
 * "<what> index out of range" when outside. A non-integer index raises
 * TypeError "<first word of what> indices must be integers or slices, not <type>". */
bool seq_index(value_t index, small_int_t len, const char *what, small_int_t *out);

/* Items of a list (or list subclass instance) or tuple without copying
 * (NULL and *len = 0 otherwise). */
value_t *seq_items(value_t v, size_t *len);

/* UNPACK_SEQUENCE: exactly n items of seq into out[0..n). ValueError/TypeError
 * with CPython's messages otherwise. */
bool seq_unpack(value_t seq, size_t n, value_t *out);

/* Lexicographic comparison of two lists or two tuples (the caller checks the types). */
value_t seq_compare(value_t a, value_t b, int cmp);

/* Pieces shared by list.c and tuple.c (and useful to str/bytes). */
value_t seq_unhashable(value_t self);              /* TypeError "unhashable type: 'X'" */
value_t seq_repr(value_t self, char open, char close); /* list or tuple */
small_int_t seq_count(value_t seq, value_t v);     /* list or tuple; -1 on error */
/* `seq * n`: the repeat count (negative -> 0). False with *notimpl set when
 * n is a user object that may still handle the operation (__rmul__). */
bool seq_repeat_count(value_t n, small_int_t *out, bool *notimpl);
/* start/stop arguments (argc of them, 0..2) of index(): negative from the end. */
bool seq_index_bounds(int argc, const value_t *args, size_t len, small_int_t *start,
                      small_int_t *stop);

/* Recursion guard for repr of containers: false if v is already being
 * printed (the caller prints "[...]" / "{...}"); every true needs a leave. */
bool seq_repr_enter(value_t v);
void seq_repr_leave(void);

/* ---- range (range.c) ---- */
value_t range_new(small_int_t start, small_int_t stop, small_int_t step);
value_t range_reversed(value_t range);             /* iterator, reversed order */

/* ---- Iterators (iter.c) ---- */
extern Type type_list_iterator, type_tuple_iterator, type_seq_iterator,
    type_list_reverseiterator, type_range_iterator;
/* The types the builtins module exposes by name. */
extern Type type_enumerate, type_zip, type_map, type_filter, type_reversed;

value_t iter_self(value_t self);                   /* the iter slot of every iterator */
/* Iterator over list/tuple (fast paths), or any object through obj_getitem
 * with 0, 1, 2, ... until IndexError or StopIteration. */
value_t iter_seq_new(value_t seq);
/* reversed(seq) for objects without __reversed__: list/tuple/range fast
 * paths, else len + getitem; TypeError "'X' object is not reversible". */
value_t iter_reversed(value_t seq);
/* sorted(iterable, key=key, reverse=reverse); key VALUE_NULL or None for none. */
value_t iter_sorted(value_t iterable, value_t key, bool reverse);

/* Every static type defined by list.c, tuple.c, range.c, iter.c, dict.c and
 * set.c, NULL-terminated, for type_init_builtins. */
extern Type *const container_types[];

#endif
