/*
 * set.c — set and frozenset: one open-addressing table of (key, hash)
 * slots, iterated in slot order.
 *
 * The probe sequence, the growth rule (resize to 4x the live keys when the
 * table is 60% full) and the order in which the operations insert follow
 * CPython's set implementation, so sets print in the same order as
 * CPython's: small ints come out sorted, {5, 4} prints {4, 5}. A new set
 * has no table; it behaves as an empty table of SET_MINSIZE slots until
 * the first insertion allocates one.
 *
 * Deleted slots hold VALUE_UNBOUND (never a Python value) so probing
 * continues past them. Comparisons may run Python code that mutates the
 * set; a probe restarts if the table or the slot changed under it.
 */
#include <string.h>

#include "dict.h"
#include "list.h"
#include "err.h"
#include "gc.h"
#include "str.h"
#include "vm.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define DUMMY VALUE_UNBOUND

#define SET(v) ((Set *)(v))
/* The type of results built from a set: set for user subclasses of set. */
#define SET_BASE(v) (OBJ(v)->type == &type_frozenset ? &type_frozenset : &type_set)
/* A mutable set (or subclass instance)? */
#define IS_MUTABLE(v) (set_check(v) && OBJ(v)->type != &type_frozenset)

static size_t set_mask(const Set *s)
{
    return s->table ? s->mask : SET_MINSIZE - 1;
}

static bool key_hash(value_t key, uint32_t *out)
{
    if (str_check(key)) {
        *out = str_hash(key);
        return true;
    }
    small_int_t h;
    if (!obj_hash(key, &h))
        return false;
    *out = (uint32_t)h;
    return true;
}

/* ---- Table -------------------------------------------------------------- */

/* Puts a key known to be absent into the first free slot (no dummies exist). */
static void insert_clean(SetEntry *table, size_t mask, value_t key, uint32_t hash)
{
    size_t i = hash & mask;
    uint32_t perturb = hash;
    for (;;) {
        SetEntry *e = &table[i];
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = 0; j <= probes; j++, e++) {
            if (e->key == VALUE_NULL) {
                e->key = key;
                e->hash = hash;
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* A table of the smallest power of two above minused (at least SET_MINSIZE). */
/* Installs a table: a hard IRQ handler that reads the set meanwhile
 * finds the mask of one table and the array of the other, so the mask
 * never exceeds the array it is used with. */
static void set_publish(Set *s, SetEntry *table, uint32_t mask)
{
    if (mask < s->mask) {
        s->mask = mask;
        IRQ_ORDER();
        s->table = table;
    } else {
        s->table = table;
        IRQ_ORDER();
        s->mask = mask;
    }
}

static bool set_resize(Set *s, size_t minused)
{
    size_t size = SET_MINSIZE;
    while (size <= minused) {
        if (size >= ((size_t)1 << 28))
            return err_no_memory(), false;
        size <<= 1;
    }
    SetEntry *table = gc_alloc(size * sizeof(SetEntry), 0);
    if (table == NULL) {
        err_no_memory();
        return false;
    }
    SetEntry *old = s->table;
    size_t n = old ? (size_t)s->mask + 1 : 0;
    for (size_t i = 0; i < n; i++)
        if (old[i].key != VALUE_NULL && old[i].key != DUMMY)
            insert_clean(table, size - 1, old[i].key, old[i].hash);
    set_publish(s, table, (uint32_t)(size - 1));
    s->fill = s->used;
    return true;
}

/* 1 found (*out: its slot), 0 absent (*out: where to insert, NULL when the
 * table does not exist yet), -1 error. Like CPython 3.11, an insertion
 * reuses the last deleted slot seen before the probe reached a never-used
 * one, else takes that one: the iteration order stays equal to CPython's. */
static int set_find(Set *s, value_t key, uint32_t hash, SetEntry **out)
{
restart:
    *out = NULL;
    if (s->table == NULL)
        return 0;
    SetEntry *table = s->table, *freeslot = NULL;
    size_t mask = s->mask, i = hash & mask;
    uint32_t perturb = hash;
    for (;;) {
        SetEntry *e = &table[i];
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = 0; j <= probes; j++, e++) {
            value_t k = e->key;
            if (k == VALUE_NULL) {
                *out = freeslot ? freeslot : e;
                return 0;
            }
            if (k == DUMMY) {
                freeslot = e;
                continue;
            }
            if (k == key) {
                *out = e;
                return 1;
            }
            if (e->hash != hash)
                continue;
            int eq;
            if (str_check(k) && str_check(key))
                eq = !(STR(k)->interned && STR(key)->interned) && str_equal(k, key);
            else if (value_is_int(k) && value_is_int(key))
                eq = 0;
            else if ((eq = obj_equal(k, key)) < 0)
                return -1;
            else if (s->table != table || e->key != k)
                goto restart;   /* __eq__ changed the set */
            if (eq) {
                *out = e;
                return 1;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static bool set_add_hashed(Set *s, value_t key, uint32_t hash)
{
    SetEntry *e;
    int found = set_find(s, key, hash, &e);
    if (found)
        return found > 0;
    if (!vm_may_resize("set"))
        return false;
    if (e == NULL) {   /* first key: create the table */
        if (!set_resize(s, 0))
            return false;
        set_find(s, key, hash, &e);
    }
    bool unused = e->key == VALUE_NULL;
    e->key = key;
    e->hash = hash;
    s->used++;
    if (!unused)
        return true;
    s->fill++;
    if ((size_t)s->fill * 5 < (size_t)s->mask * 3)
        return true;
    return set_resize(s, s->used > 50000 ? (size_t)s->used * 2 : (size_t)s->used * 4);
}

/* 1 removed, 0 absent, -1 error. */
static int set_discard_hashed(Set *s, value_t key, uint32_t hash)
{
    SetEntry *e;
    int found = set_find(s, key, hash, &e);
    if (found > 0) {
        if (!vm_may_resize("set"))
            return -1;
        e->key = DUMMY;
        s->used--;
    }
    return found;
}

/* Hash of the contents, independent of order (frozenset's hash). */
static uint32_t set_hash_items(const Set *s)
{
    uint32_t h = 0;
    for (size_t i = 0; s->table && i <= s->mask; i++) {
        value_t k = s->table[i].key;
        if (k != VALUE_NULL && k != DUMMY) {
            uint32_t x = s->table[i].hash;
            h ^= ((x ^ 89869747u) ^ (x << 16)) * 3644798167u;
        }
    }
    h ^= (s->used + 1u) * 1927868237u;
    h ^= (h >> 11) ^ (h >> 25);
    return h * 69069u + 907133923u;
}

/* Hash for lookups: a set used as a key is looked up as a frozenset. */
static bool lookup_hash(value_t key, uint32_t *out)
{
    if (key_hash(key, out))
        return true;
    if (!(IS_MUTABLE(key) && err_matches(&type_TypeError)))
        return false;
    err_clear();
    *out = (uint32_t)((int32_t)set_hash_items(SET(key)) >> 1);
    return true;
}

/* ---- Public helpers ----------------------------------------------------- */

value_t set_new(const Type *t)
{
    return (value_t)gc_new_object(sizeof(Set), t);
}

bool set_add(value_t s, value_t item)
{
    uint32_t hash;
    return key_hash(item, &hash) && set_add_hashed(SET(s), item, hash);
}

int set_contains(value_t s, value_t item)
{
    uint32_t hash;
    SetEntry *e;
    if (!lookup_hash(item, &hash))
        return -1;
    return set_find(SET(s), item, hash, &e);
}

/* Adds every key of other, presizing like CPython; a copy into an empty set
 * of the same table size keeps the slots (and so the order) unchanged. */
static bool set_merge(Set *s, const Set *other)
{
    if (s == other || other->used == 0)
        return true;
    if (s->table == NULL && !set_resize(s, 0))
        return false;
    if (((size_t)s->fill + other->used) * 5 >= set_mask(s) * 3 &&
        !set_resize(s, ((size_t)s->used + other->used) * 2))
        return false;
    if (s->fill == 0 && s->mask == other->mask) {
        for (size_t i = 0; i <= other->mask; i++)
            if (other->table[i].key != DUMMY)
                s->table[i] = other->table[i];
        s->fill = s->used = other->used;
        return true;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (e.key != VALUE_NULL && e.key != DUMMY && !set_add_hashed(s, e.key, e.hash))
            return false;
    }
    return true;
}

bool set_update(value_t sv, value_t iterable)
{
    Set *s = SET(sv);
    if (set_check(iterable))
        return set_merge(s, SET(iterable));
    if (dict_check(iterable)) {
        Dict *d = DICT(iterable);
        if (((size_t)s->fill + d->used) * 5 >= set_mask(s) * 3 &&
            !set_resize(s, ((size_t)s->used + d->used) * 2))
            return false;
        for (size_t i = 0; i < d->nentries; i++)
            if (d->entries[i].key != VALUE_NULL &&
                !set_add_hashed(s, d->entries[i].key, d->entries[i].hash))
                return false;
        return true;
    }
    value_t it = obj_iter(iterable);
    if (it == VALUE_NULL)
        return false;
    for (;;) {
        value_t v = obj_next(it);
        if (v == VALUE_STOP)
            return true;
        if (v == VALUE_NULL || !set_add(sv, v))
            return false;
    }
}

static value_t set_from(const Type *t, value_t iterable)
{
    value_t s = set_new(t);
    if (s == VALUE_NULL || !set_update(s, iterable))
        return VALUE_NULL;
    return s;
}

/* other as a set or frozenset (itself when it already is one). */
static value_t as_set(value_t other)
{
    return set_check(other) ? other : set_from(&type_set, other);
}

/* Makes a hold b's contents (b is a temporary about to be dropped). */
static void set_take(Set *a, const Set *b)
{
    a->used = b->used;
    a->fill = b->fill;
    set_publish(a, b->table, b->mask);
    a->finger = 0;
}

/* ---- The operations ----------------------------------------------------- */

static value_t set_union(value_t a, int argc, const value_t *others)
{
    value_t r = set_from(SET_BASE(a), a);
    for (int i = 0; r != VALUE_NULL && i < argc; i++)
        if (!set_update(r, others[i]))
            return VALUE_NULL;
    return r;
}

static value_t set_intersection(value_t a, value_t b)
{
    value_t r = set_new(SET_BASE(a));
    if (r == VALUE_NULL)
        return VALUE_NULL;
    if (set_check(b)) {
        Set *small = SET(a), *big = SET(b);
        if (small->used > big->used) {
            small = SET(b);
            big = SET(a);
        }
        for (size_t i = 0; small->table && i <= small->mask; i++) {
            SetEntry e = small->table[i], *slot;
            if (e.key == VALUE_NULL || e.key == DUMMY)
                continue;
            int found = set_find(big, e.key, e.hash, &slot);
            if (found < 0 || (found && !set_add_hashed(SET(r), e.key, e.hash)))
                return VALUE_NULL;
        }
        return r;
    }
    value_t it = obj_iter(b);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    for (;;) {
        value_t v = obj_next(it);
        if (v == VALUE_STOP)
            return r;
        int found = v == VALUE_NULL ? -1 : set_contains(a, v);
        if (found < 0 || (found && !set_add(r, v)))
            return VALUE_NULL;
    }
}

static bool set_difference_update(value_t s, value_t other)
{
    if (s == other) {
        SET(s)->table = NULL;
        SET(s)->used = SET(s)->fill = SET(s)->mask = 0;
        return true;
    }
    value_t it = obj_iter(other);
    if (it == VALUE_NULL)
        return false;
    for (;;) {
        value_t v = obj_next(it);
        if (v == VALUE_STOP)
            return true;
        uint32_t hash;
        if (v == VALUE_NULL || !lookup_hash(v, &hash) || set_discard_hashed(SET(s), v, hash) < 0)
            return false;
    }
}

static value_t set_difference(value_t a, value_t b)
{
    if (!set_check(b) && !dict_check(b)) {
        value_t r = set_from(SET_BASE(a), a);
        return r != VALUE_NULL && set_difference_update(r, b) ? r : VALUE_NULL;
    }
    value_t r = set_new(SET_BASE(a));
    if (r == VALUE_NULL)
        return VALUE_NULL;
    Set *s = SET(a);
    for (size_t i = 0; s->table && i <= s->mask; i++) {
        SetEntry e = s->table[i];
        if (e.key == VALUE_NULL || e.key == DUMMY)
            continue;
        int found = set_check(b) ? set_contains(b, e.key) : obj_contains(b, e.key);
        if (found < 0 || (!found && !set_add_hashed(SET(r), e.key, e.hash)))
            return VALUE_NULL;
    }
    return r;
}

static bool set_symmetric_difference_update(value_t s, value_t other)
{
    value_t o = set_check(other) ? other : set_from(&type_set, other);
    if (o == VALUE_NULL)
        return false;
    if (o == s) {
        SET(s)->table = NULL;
        SET(s)->used = SET(s)->fill = SET(s)->mask = 0;
        return true;
    }
    Set *src = SET(o);
    for (size_t i = 0; src->table && i <= src->mask; i++) {
        SetEntry e = src->table[i];
        if (e.key == VALUE_NULL || e.key == DUMMY)
            continue;
        int removed = set_discard_hashed(SET(s), e.key, e.hash);
        if (removed < 0 || (!removed && !set_add_hashed(SET(s), e.key, e.hash)))
            return false;
    }
    return true;
}

static value_t set_symmetric_difference(value_t a, value_t b)
{
    value_t r = set_from(SET_BASE(a), b);
    if (r == VALUE_NULL || !set_symmetric_difference_update(r, a))
        return VALUE_NULL;
    return r;
}

/* 1 if every key of a is in b (both sets), 0 if not, -1 on error. */
static int set_subset(value_t a, value_t b)
{
    Set *s = SET(a);
    if (s->used > SET(b)->used)
        return 0;
    for (size_t i = 0; s->table && i <= s->mask; i++) {
        SetEntry e = s->table[i], *slot;
        if (e.key == VALUE_NULL || e.key == DUMMY)
            continue;
        int found = set_find(SET(b), e.key, e.hash, &slot);
        if (found <= 0)
            return found;
    }
    return 1;
}

/* ---- Slots -------------------------------------------------------------- */

static value_t set_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    const char *name = cls == &type_frozenset ? "frozenset" : "set";
    if (!arg_check_no_kw(name, kwnames))
        return VALUE_NULL;
    if (argc > 1)
        return err_raise(&type_TypeError, "%s expected at most 1 argument, got %d", name, argc);
    if (argc == 0)
        return set_new(cls);
    if (cls == &type_frozenset && value_is_obj(args[0]) && OBJ(args[0])->type == cls)
        return args[0];
    return set_from(cls, args[0]);
}

static value_t set_repr(value_t self)
{
    Set *s = SET(self);
    bool frozen = OBJ(self)->type == &type_frozenset;
    if (s->used == 0)
        return str_from_cstr(frozen ? "frozenset()" : "set()");
    StrBuf b;
    strbuf_init(&b, 16);
    strbuf_add_cstr(&b, frozen ? "frozenset({" : "{");
    bool first = true;
    for (size_t i = 0; s->table && i <= s->mask; i++) {
        value_t k = s->table[i].key;
        if (k == VALUE_NULL || k == DUMMY)
            continue;
        if (!first)
            strbuf_add(&b, ", ", 2);
        first = false;
        if (!strbuf_add_repr(&b, k))
            return VALUE_NULL;
    }
    strbuf_add_cstr(&b, frozen ? "})" : "}");
    return strbuf_finish(&b);
}

static value_t frozenset_hash(value_t self)
{
    Set *s = SET(self);
    if (s->hash == 0)
        s->hash = set_hash_items(s) | 1;   /* never 0: 0 means "not computed" */
    return value_from_small((small_int_t)((int32_t)s->hash >> 1));
}

static value_t set_compare(value_t a, value_t b, int cmp)
{
    if (!set_check(a) || !set_check(b))
        return VALUE_NOTIMPL;
    size_t na = SET(a)->used, nb = SET(b)->used;
    int r;
    switch (cmp) {
    case CMP_EQ: r = na == nb ? set_subset(a, b) : 0; break;
    case CMP_NE: r = na == nb ? set_subset(a, b) : 0; if (r >= 0) r = !r; break;
    case CMP_LE: r = set_subset(a, b); break;
    case CMP_LT: r = na < nb ? set_subset(a, b) : 0; break;
    case CMP_GE: r = set_subset(b, a); break;
    default: r = na > nb ? set_subset(b, a) : 0; break;
    }
    return r < 0 ? VALUE_NULL : value_from_bool(r);
}

static value_t set_binary(value_t a, value_t b, int op)
{
    bool inplace = (op & OP_INPLACE) && IS_MUTABLE(a);
    if (!set_check(a) || !set_check(b))
        return VALUE_NOTIMPL;
    switch (op & ~OP_INPLACE) {
    case OP_OR:
        if (inplace)
            return set_update(a, b) ? a : VALUE_NULL;
        return set_union(a, 1, &b);
    case OP_AND: {
        value_t r = set_intersection(a, b);
        if (r == VALUE_NULL || !inplace)
            return r;
        set_take(SET(a), SET(r));
        return a;
    }
    case OP_SUB:
        if (inplace)
            return set_difference_update(a, b) ? a : VALUE_NULL;
        return set_difference(a, b);
    case OP_XOR:
        if (inplace)
            return set_symmetric_difference_update(a, b) ? a : VALUE_NULL;
        return set_symmetric_difference(a, b);
    default:
        return VALUE_NOTIMPL;
    }
}

static small_int_t set_len(value_t self)
{
    return SET(self)->used;
}

/* ---- Iterator ----------------------------------------------------------- */

typedef struct SetIter {
    Object base;
    value_t set;     /* VALUE_NULL once exhausted */
    uint32_t pos;
    uint32_t used;   /* size when the iteration started */
} SetIter;

static value_t set_iter(value_t self)
{
    SetIter *it = GC_NEW(SetIter, &type_set_iterator);
    if (it == NULL)
        return VALUE_NULL;
    it->set = self;
    it->used = SET(self)->used;
    return (value_t)it;
}

static value_t setiter_next(value_t self)
{
    SetIter *it = (SetIter *)self;
    if (it->set == VALUE_NULL)
        return VALUE_STOP;
    Set *s = SET(it->set);
    if (s->used != it->used) {
        it->used = UINT32_MAX;
        return err_raise(&type_RuntimeError, "Set changed size during iteration");
    }
    while (s->table && it->pos <= s->mask) {
        value_t k = s->table[it->pos++].key;
        if (k != VALUE_NULL && k != DUMMY)
            return k;
    }
    it->set = VALUE_NULL;
    return VALUE_STOP;
}

Type type_set_iterator = {
    .base = { &type_type }, .cname = "set_iterator", .parent = &type_object,
    .iter = iter_self, .next = setiter_next,
};

/* ---- Methods ------------------------------------------------------------ */

/* `mutable`: the method exists on set only. */
static bool self_is_set(value_t self, const char *meth, bool mutable)
{
    if (mutable ? IS_MUTABLE(self) : set_check(self))
        return true;
    err_raise(&type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
              meth, mutable ? "set" : "frozenset", self);
    return false;
}

static value_t m_add(value_t self, value_t v)
{
    return self_is_set(self, "add", true) && set_add(self, v) ? VALUE_NONE : VALUE_NULL;
}

/* remove/discard: 1 removed, 0 absent, -1 error. */
static int set_discard(value_t self, value_t v)
{
    uint32_t hash;
    if (!lookup_hash(v, &hash))
        return -1;
    return set_discard_hashed(SET(self), v, hash);
}

static value_t m_remove(value_t self, value_t v)
{
    if (!self_is_set(self, "remove", true))
        return VALUE_NULL;
    int r = set_discard(self, v);
    if (r == 0)
        return err_raise_args(&type_KeyError, 1, &v);
    return r < 0 ? VALUE_NULL : VALUE_NONE;
}

static value_t m_discard(value_t self, value_t v)
{
    if (!self_is_set(self, "discard", true))
        return VALUE_NULL;
    return set_discard(self, v) < 0 ? VALUE_NULL : VALUE_NONE;
}

static value_t m_pop(value_t self)
{
    if (!self_is_set(self, "pop", true))
        return VALUE_NULL;
    Set *s = SET(self);
    if (s->used == 0)
        return err_raise(&type_KeyError, "pop from an empty set");
    if (!vm_may_resize("set"))
        return VALUE_NULL;
    size_t i = s->finger & s->mask;
    while (s->table[i].key == VALUE_NULL || s->table[i].key == DUMMY)
        i = (i + 1) & s->mask;
    value_t k = s->table[i].key;
    s->table[i].key = DUMMY;
    s->used--;
    s->finger = (uint32_t)(i + 1);
    return k;
}

static value_t m_clear(value_t self)
{
    if (!self_is_set(self, "clear", true))
        return VALUE_NULL;
    Set *s = SET(self);
    if (!vm_may_resize("set"))
        return VALUE_NULL;
    s->used = s->fill = s->mask = s->finger = 0;
    IRQ_ORDER(); /* mask 0 first: a handler reading meanwhile stays in the old table */
    s->table = NULL;
    return VALUE_NONE;
}

static value_t m_copy(value_t self)
{
    if (!self_is_set(self, "copy", false))
        return VALUE_NULL;
    if (OBJ(self)->type == &type_frozenset)
        return self;
    return set_from(&type_set, self);
}

static value_t m_update(int argc, const value_t *args)
{
    if (!self_is_set(args[0], "update", true))
        return VALUE_NULL;
    for (int i = 1; i < argc; i++)
        if (!set_update(args[0], args[i]))
            return VALUE_NULL;
    return VALUE_NONE;
}

static value_t m_union(int argc, const value_t *args)
{
    if (!self_is_set(args[0], "union", false))
        return VALUE_NULL;
    return set_union(args[0], argc - 1, args + 1);
}

static value_t m_intersection(int argc, const value_t *args)
{
    if (!self_is_set(args[0], "intersection", false))
        return VALUE_NULL;
    value_t r = args[0];
    if (argc == 1)
        return set_from(SET_BASE(r), r);
    for (int i = 1; r != VALUE_NULL && i < argc; i++)
        r = set_intersection(r, args[i]);
    return r;
}

static value_t m_intersection_update(int argc, const value_t *args)
{
    if (!self_is_set(args[0], "intersection_update", true))
        return VALUE_NULL;
    value_t r = m_intersection(argc, args);
    if (r == VALUE_NULL)
        return VALUE_NULL;
    set_take(SET(args[0]), SET(r));
    return VALUE_NONE;
}

static value_t m_difference(int argc, const value_t *args)
{
    if (!self_is_set(args[0], "difference", false))
        return VALUE_NULL;
    value_t r = argc == 1 ? set_from(SET_BASE(args[0]), args[0]) : args[0];
    for (int i = 1; r != VALUE_NULL && i < argc; i++)
        r = set_difference(r, args[i]);
    return r;
}

static value_t m_difference_update(int argc, const value_t *args)
{
    if (!self_is_set(args[0], "difference_update", true))
        return VALUE_NULL;
    for (int i = 1; i < argc; i++)
        if (!set_difference_update(args[0], args[i]))
            return VALUE_NULL;
    return VALUE_NONE;
}

static value_t m_symmetric_difference(value_t self, value_t other)
{
    if (!self_is_set(self, "symmetric_difference", false))
        return VALUE_NULL;
    return set_symmetric_difference(self, other);
}

static value_t m_symmetric_difference_update(value_t self, value_t other)
{
    if (!self_is_set(self, "symmetric_difference_update", true) ||
        !set_symmetric_difference_update(self, other))
        return VALUE_NULL;
    return VALUE_NONE;
}

static value_t m_issubset(value_t self, value_t other)
{
    if (!self_is_set(self, "issubset", false) || (other = as_set(other)) == VALUE_NULL)
        return VALUE_NULL;
    int r = set_subset(self, other);
    return r < 0 ? VALUE_NULL : value_from_bool(r);
}

static value_t m_issuperset(value_t self, value_t other)
{
    if (!self_is_set(self, "issuperset", false) || (other = as_set(other)) == VALUE_NULL)
        return VALUE_NULL;
    int r = set_subset(other, self);
    return r < 0 ? VALUE_NULL : value_from_bool(r);
}

static value_t m_isdisjoint(value_t self, value_t other)
{
    if (!self_is_set(self, "isdisjoint", false) || (other = as_set(other)) == VALUE_NULL)
        return VALUE_NULL;
    value_t common = set_intersection(self, other);
    return common == VALUE_NULL ? VALUE_NULL : value_from_bool(SET(common)->used == 0);
}

static BUILTIN_FIX(add_fn, "set.add", 2, m_add);
static BUILTIN_FIX(remove_fn, "set.remove", 2, m_remove);
static BUILTIN_FIX(discard_fn, "set.discard", 2, m_discard);
static BUILTIN_FIX(pop_fn, "set.pop", 1, m_pop);
static BUILTIN_FIX(clear_fn, "set.clear", 1, m_clear);
static BUILTIN_FIX(copy_fn, "set.copy", 1, m_copy);
static BUILTIN_VAR(update_fn, "set.update", 1, ARGS_MANY, m_update);
static BUILTIN_VAR(union_fn, "set.union", 1, ARGS_MANY, m_union);
static BUILTIN_VAR(intersection_fn, "set.intersection", 1, ARGS_MANY, m_intersection);
static BUILTIN_VAR(intersection_update_fn, "set.intersection_update", 1, ARGS_MANY,
                   m_intersection_update);
static BUILTIN_VAR(difference_fn, "set.difference", 1, ARGS_MANY, m_difference);
static BUILTIN_VAR(difference_update_fn, "set.difference_update", 1, ARGS_MANY, m_difference_update);
static BUILTIN_FIX(symdiff_fn, "set.symmetric_difference", 2, m_symmetric_difference);
static BUILTIN_FIX(symdiff_update_fn, "set.symmetric_difference_update", 2,
                   m_symmetric_difference_update);
static BUILTIN_FIX(issubset_fn, "set.issubset", 2, m_issubset);
static BUILTIN_FIX(issuperset_fn, "set.issuperset", 2, m_issuperset);
static BUILTIN_FIX(isdisjoint_fn, "set.isdisjoint", 2, m_isdisjoint);

static const AttrDef set_methods[] = {
    ATTR_OBJ("add", &add_fn),
    ATTR_OBJ("remove", &remove_fn),
    ATTR_OBJ("discard", &discard_fn),
    ATTR_OBJ("pop", &pop_fn),
    ATTR_OBJ("clear", &clear_fn),
    ATTR_OBJ("copy", &copy_fn),
    ATTR_OBJ("update", &update_fn),
    ATTR_OBJ("union", &union_fn),
    ATTR_OBJ("intersection", &intersection_fn),
    ATTR_OBJ("intersection_update", &intersection_update_fn),
    ATTR_OBJ("difference", &difference_fn),
    ATTR_OBJ("difference_update", &difference_update_fn),
    ATTR_OBJ("symmetric_difference", &symdiff_fn),
    ATTR_OBJ("symmetric_difference_update", &symdiff_update_fn),
    ATTR_OBJ("issubset", &issubset_fn),
    ATTR_OBJ("issuperset", &issuperset_fn),
    ATTR_OBJ("isdisjoint", &isdisjoint_fn),
    ATTR_END,
};

static const AttrDef frozenset_methods[] = {
    ATTR_OBJ("copy", &copy_fn),
    ATTR_OBJ("union", &union_fn),
    ATTR_OBJ("intersection", &intersection_fn),
    ATTR_OBJ("difference", &difference_fn),
    ATTR_OBJ("symmetric_difference", &symdiff_fn),
    ATTR_OBJ("issubset", &issubset_fn),
    ATTR_OBJ("issuperset", &issuperset_fn),
    ATTR_OBJ("isdisjoint", &isdisjoint_fn),
    ATTR_END,
};

Type type_set = {
    .base = { &type_type },
    .cname = "set",
    .parent = &type_object,
    .methods = set_methods,
    .make = set_make,
    .repr = set_repr,
    .hash = seq_unhashable,
    .compare = set_compare,
    .binary = set_binary,
    .len = set_len,
    .iter = set_iter,
    .contains = set_contains,
};

Type type_frozenset = {
    .base = { &type_type },
    .cname = "frozenset",
    .parent = &type_object,
    .methods = frozenset_methods,
    .make = set_make,
    .repr = set_repr,
    .hash = frozenset_hash,
    .compare = set_compare,
    .binary = set_binary,
    .len = set_len,
    .iter = set_iter,
    .contains = set_contains,
};
