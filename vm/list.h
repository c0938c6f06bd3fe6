/*
 * list.h — list, tuple, range, slice and the generic sequence helpers.
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

value_t list_new(size_t n);                        /* n items, all None */
value_t list_from(size_t n, const value_t *items);
bool list_append(value_t list, value_t v);
bool list_extend(value_t list, value_t iterable);
value_t list_from_iter(value_t iterable);
bool list_sort(value_t list, value_t key, bool reverse); /* stable */

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
 * "<what> index out of range" when outside. */
bool seq_index(value_t index, small_int_t len, const char *what, small_int_t *out);

/* Items of a list or tuple without copying (NULL for other types). */
value_t *seq_items(value_t v, size_t *len);

#endif
