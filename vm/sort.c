/*
 * sort.c — list.sort(): a stable bottom-up merge sort.
 *
 * Runs of RUN items are sorted by insertion, then merged pairwise, the
 * left run copied to a scratch buffer; a merge whose halves are already in
 * order is skipped, so sorted input costs about n comparisons. With a key
 * function the keys are computed once and moved alongside the items.
 *
 * Comparisons go through obj_less and may raise or run Python code. The
 * list is detached (looks empty) while sorting, as in CPython, so code that
 * mutates it cannot corrupt the sort; on error every merge puts its pending
 * items back, so the list always holds all its items when we return.
 */
#include <string.h>

#include "list.h"
#include "err.h"
#include "gc.h"
#include "vm.h"

#define RUN 16

typedef struct Sorter {
    value_t *keys, *vals;   /* vals == NULL: the keys are the items */
    value_t *tkeys, *tvals; /* scratch for the left half of a merge */
    bool reverse;
} Sorter;

/* 1 if a sorts before b, 0 if not, -1 on error. Stable either way. */
static int sort_less(const Sorter *s, value_t a, value_t b)
{
    return s->reverse ? obj_less(b, a) : obj_less(a, b);
}

static void sort_move(const Sorter *s, size_t dst, value_t key, const value_t *vals, size_t src)
{
    s->keys[dst] = key;
    if (s->vals)
        s->vals[dst] = vals[src];
}

static bool insertion_sort(const Sorter *s, size_t lo, size_t hi)
{
    for (size_t i = lo + 1; i < hi; i++) {
        value_t k = s->keys[i], v = s->vals ? s->vals[i] : 0;
        size_t j = i;
        while (j > lo) {
            int lt = sort_less(s, k, s->keys[j - 1]);
            if (lt < 0) {
                s->keys[j] = k;   /* put the item back where the gap is */
                if (s->vals)
                    s->vals[j] = v;
                return false;
            }
            if (!lt)
                break;
            sort_move(s, j, s->keys[j - 1], s->vals, j - 1);
            j--;
        }
        s->keys[j] = k;
        if (s->vals)
            s->vals[j] = v;
    }
    return true;
}

/* Merges [lo, mid) and [mid, hi). */
static bool merge(const Sorter *s, size_t lo, size_t mid, size_t hi)
{
    int lt = sort_less(s, s->keys[mid], s->keys[mid - 1]);
    if (lt <= 0)
        return lt == 0;   /* already in order (or error, nothing moved) */
    size_t nl = mid - lo;
    memcpy(s->tkeys, s->keys + lo, nl * sizeof(value_t));
    if (s->vals)
        memcpy(s->tvals, s->vals + lo, nl * sizeof(value_t));
    size_t l = 0, r = mid, dst = lo;
    bool ok = true;
    while (l < nl && r < hi) {
        lt = sort_less(s, s->keys[r], s->tkeys[l]);
        if (lt < 0) {
            ok = false;
            break;
        }
        if (lt) {
            sort_move(s, dst++, s->keys[r], s->vals, r);
            r++;
        } else {
            sort_move(s, dst++, s->tkeys[l], s->tvals, l);
            l++;
        }
    }
    /* the rest of the left half fills exactly the gap before r */
    memcpy(s->keys + dst, s->tkeys + l, (nl - l) * sizeof(value_t));
    if (s->vals)
        memcpy(s->vals + dst, s->tvals + l, (nl - l) * sizeof(value_t));
    return ok;
}

static bool merge_sort(Sorter *s, size_t n)
{
    for (size_t lo = 0; lo < n; lo += RUN)
        if (!insertion_sort(s, lo, lo + RUN < n ? lo + RUN : n))
            return false;
    if (n <= RUN)
        return true;
    size_t half = RUN;   /* the widest left run merged: largest RUN * 2^k below n */
    while (half * 2 < n)
        half *= 2;
    s->tkeys = gc_alloc(half * sizeof(value_t) * (s->vals ? 2 : 1), 0);
    if (s->tkeys == NULL) {
        err_no_memory();
        return false;
    }
    s->tvals = s->tkeys + half;
    for (size_t width = RUN; width < n; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            if (!merge(s, lo, lo + width, hi))
                return false;
        }
    }
    return true;
}

/* Sorts items[0..n) in place. */
static bool sort_items(value_t *items, size_t n, value_t key, bool reverse)
{
    Sorter s = { items, NULL, NULL, NULL, reverse };
    if (n < 2)
        return true;
    if (key != VALUE_NULL && key != VALUE_NONE) {
        s.keys = gc_alloc(n * sizeof(value_t), 0);
        if (s.keys == NULL) {
            err_no_memory();
            return false;
        }
        for (size_t i = 0; i < n; i++) {
            s.keys[i] = obj_call1(key, items[i]);
            if (s.keys[i] == VALUE_NULL)
                return false;
        }
        s.vals = items;
    }
    return merge_sort(&s, n);
}

bool list_sort(value_t list, value_t key, bool reverse)
{
    List *l = LIST(list);
    value_t *items = l->items;
    uint32_t n = l->len, cap = l->cap;
    l->len = 0; /* first: a hard IRQ handler must not find items gone and a length */
    IRQ_ORDER();
    l->items = NULL;
    l->cap = 0;
    bool ok = sort_items(items, n, key, reverse);
    bool modified = l->items != NULL || l->len != 0;
    l->items = items;
    l->cap = cap;
    IRQ_ORDER();
    l->len = n;
    if (ok && modified) {
        err_raise(&type_ValueError, "list modified during sort");
        return false;
    }
    return ok;
}
