/*
 * dict.c — the dict type, its views (keys/values/items) and iterators.
 *
 * Layout (see dict.h): `entries` in insertion order, `index` an open-
 * addressing table of entry numbers probed CPython's way (i = 5i + 1 +
 * perturb, perturb >>= 5), each slot 8, 16 or 32 bits wide depending on the
 * table size. Deleting marks the slot DUMMY and clears the entry; the hole
 * stays until the next resize, which compacts the entries. A new dict has
 * no arrays at all until its first insertion.
 *
 * Lookups compare keys by identity, then by stored hash, then: two interned
 * strs are equal only if identical, other strs compare bytes, everything
 * else goes through obj_equal — which may run Python code that mutates the
 * dict, so the probe restarts if the arrays or the entry changed under it.
 *
 * Interrupts: a hard IRQ handler may change a dict that the program it
 * interrupted is changing. Replacing the value of a present key is always
 * safe: it counts in `writes`, and a resize, which fills new arrays with
 * interrupts enabled, fills them again with interrupts masked when a
 * write came in meanwhile, and switches arrays with them masked. Adding
 * or removing a key in a handler while the program is in the middle of
 * adding or removing one (`busy`) is refused with RuntimeError: one of the
 * two would be lost.
 */
#include <string.h>

#include "dict.h"
#include "list.h"
#include "err.h"
#include "gc.h"
#include "port.h"
#include "str.h"
#include "vm.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5

static uint32_t dict_versions;   /* global source of version numbers */

static void dict_bump(Dict *d)
{
    d->version = ++dict_versions;
}

/* ---- The index ---------------------------------------------------------- */

static int32_t ix_get(const Dict *d, size_t i)
{
    if (d->mask < 0x80)
        return ((const int8_t *)d->index)[i];
    if (d->mask < 0x8000)
        return ((const int16_t *)d->index)[i];
    return ((const int32_t *)d->index)[i];
}

static void ix_set(Dict *d, size_t i, int32_t ix)
{
    if (d->mask < 0x80)
        ((int8_t *)d->index)[i] = (int8_t)ix;
    else if (d->mask < 0x8000)
        ((int16_t *)d->index)[i] = (int16_t)ix;
    else
        ((int32_t *)d->index)[i] = ix;
}

/* Stores entry number ix in the first empty slot of hash's probe sequence. */
static void ix_insert(Dict *d, uint32_t hash, int32_t ix)
{
    size_t mask = d->mask, i = hash & mask;
    uint32_t perturb = hash;
    while (ix_get(d, i) != IX_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    ix_set(d, i, ix);
}

/* Entries that fit: two thirds of the index slots (none without arrays). */
static uint32_t dict_capacity(const Dict *d)
{
    return d->entries ? (d->mask + 1) / 3 * 2 : 0;
}

/* ---- Interrupts (see the top of the file) ---------------------------------- */

/* A change of d begins: d is busy from the lookup that precedes adding or
 * removing a key, so that no handler adds or removes it in between. */
static void change_begin(Dict *d) { d->busy++; }

static void change_end(Dict *d)
{
    d->busy--;
    d->writes++;
}

/* Adding or removing a key may go on: not in a hard IRQ handler that
 * interrupted another change of d (busy counts the caller's own). */
static bool may_change(const Dict *d)
{
    if (d->busy > 1 && vm_state.hard_irq) {
        err_raise(&type_RuntimeError, "dict changed by an interrupt handler during a change by the program");
        return false;
    }
    return true;
}

/* Appends an entry whose key is known to be absent; room must exist. */
static void dict_insert_clean(Dict *d, value_t key, uint32_t hash, value_t v)
{
    DictEntry *e = &d->entries[d->nentries];
    e->key = key;
    e->value = v;
    e->hash = hash;
    ix_insert(d, hash, (int32_t)d->nentries);
    d->nentries++;
    d->used++;
    d->fill++;
}

/* next (with empty arrays) gets the live entries of d in order. */
static void copy_live(Dict *next, const Dict *d)
{
    size_t width = next->mask < 0x80 ? 1 : next->mask < 0x8000 ? 2 : 4;
    memset(next->index, 0xff, (next->mask + 1) * width); /* IX_EMPTY in every width */
    next->nentries = next->used = next->fill = 0;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key != VALUE_NULL)
            dict_insert_clean(next, d->entries[i].key, d->entries[i].hash, d->entries[i].value);
}

/* New arrays with room for at least `minused` entries; live entries move
 * over in order, holes disappear. */
static bool dict_resize(Dict *d, size_t minused)
{
    size_t size = 8;
    while (size / 3 * 2 < minused) {
        if (size >= ((size_t)1 << 28))
            return err_no_memory(), false;
        size <<= 1;
    }
    size_t cap = size / 3 * 2, width = size <= 0x80 ? 1 : size <= 0x8000 ? 2 : 4;
    DictEntry *entries = gc_alloc(cap * sizeof(DictEntry), 0);
    void *index = entries ? gc_alloc(size * width, GC_NOSCAN) : NULL;
    if (index == NULL) {
        err_no_memory();
        return false;
    }
    Dict next = *d;
    next.entries = entries;
    next.index = index;
    next.mask = (uint32_t)(size - 1);
    uint16_t writes = d->writes;
    copy_live(&next, d);
    bool had_arrays = d->entries != NULL; /* else nothing to copy or to mask against */
    uint32_t st = had_arrays ? port_irq_disable() : 0;
    if (d->writes != writes)
        copy_live(&next, d); /* a handler changed d meanwhile */
    d->index = next.index;
    d->mask = next.mask;
    d->nentries = next.nentries;
    d->used = next.used;
    d->fill = next.fill;
    d->entries = entries; /* last: a dict without entries is empty */
    dict_bump(d);
    if (had_arrays)
        port_irq_restore(st);
    return true;
}

/* ---- Lookup ------------------------------------------------------------- */

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

/* Entry number of key (>= 0), -1 if absent, -2 on error; *slot: its index slot. */
static int32_t dict_find(Dict *d, value_t key, uint32_t hash, size_t *slot)
{
restart:
    if (d->entries == NULL)
        return -1;
    DictEntry *entries = d->entries;
    size_t mask = d->mask, i = hash & mask;
    uint32_t perturb = hash;
    for (;;) {
        int32_t ix = ix_get(d, i);
        if (ix == IX_EMPTY)
            return -1;
        /* an entry without key was emptied under this probe by a hard IRQ
         * handler's clear(): as good as absent */
        value_t k = ix >= 0 ? entries[ix].key : VALUE_NULL;
        if (k != VALUE_NULL) {
            if (k == key) {
                *slot = i;
                return ix;
            }
            if (entries[ix].hash == hash) {
                int eq;
                if (str_check(k) && str_check(key))
                    eq = !(STR(k)->interned && STR(key)->interned) && str_equal(k, key);
                else if (value_is_int(k) && value_is_int(key))
                    eq = 0;
                else if ((eq = obj_equal(k, key)) < 0)
                    return -2;
                else if (d->entries != entries || d->mask != mask || entries[ix].key != k)
                    goto restart;   /* __eq__ changed the dict */
                if (eq) {
                    *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

value_t dict_new(size_t hint)
{
    Dict *d = GC_NEW(Dict, &type_dict);
    if (d == NULL)
        return VALUE_NULL;
    dict_bump(d);
    if (hint && !dict_resize(d, hint))
        return VALUE_NULL;
    return (value_t)d;
}

int dict_lookup(value_t d, value_t key, value_t *out)
{
    uint32_t hash;
    size_t slot;
    if (!key_hash(key, &hash))
        return -1;
    int32_t ix = dict_find(DICT(d), key, hash, &slot);
    if (ix < 0)
        return ix == -1 ? 0 : -1;
    *out = DICT(d)->entries[ix].value;
    return 1;
}

value_t dict_get_str(value_t dv, value_t name)
{
    Dict *d = DICT(dv);
    if (d->used == 0)
        return VALUE_NULL;
    uint32_t hash = str_hash(name), perturb = hash;
    size_t mask = d->mask, i = hash & mask;
    for (;;) {
        int32_t ix = ix_get(d, i);
        if (ix == IX_EMPTY)
            return VALUE_NULL;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == name)
                return e->value;
            if (e->hash == hash && str_check(e->key) && !STR(e->key)->interned &&
                str_equal(e->key, name))
                return e->value;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static bool dict_insert(Dict *d, value_t key, uint32_t hash, value_t v)
{
    size_t slot;
    change_begin(d);
    int32_t ix = dict_find(d, key, hash, &slot);
    bool ok = ix != -2;
    if (ix >= 0) {
        d->entries[ix].value = v;
    } else if (ok && (ok = may_change(d)) &&
               (ok = d->fill < dict_capacity(d) || dict_resize(d, d->used + d->used / 2 + 1))) {
        dict_insert_clean(d, key, hash, v);
        dict_bump(d);
    }
    change_end(d);
    return ok;
}

bool dict_set(value_t d, value_t key, value_t v)
{
    uint32_t hash;
    return key_hash(key, &hash) && dict_insert(DICT(d), key, hash, v);
}

bool dict_set_cstr(value_t d, const char *key, value_t v)
{
    value_t k = str_intern_cstr(key);
    return k != VALUE_NULL && dict_set(d, k, v);
}

/* Removes entry ix found at index slot `slot` (inside change_begin/end);
 * false if refused (may_change). */
static bool dict_remove(Dict *d, int32_t ix, size_t slot)
{
    if (!may_change(d))
        return false;
    ix_set(d, slot, IX_DUMMY);
    d->entries[ix].key = VALUE_NULL;
    d->entries[ix].value = VALUE_NULL;
    d->used--;
    while (d->nentries > 0 && d->entries[d->nentries - 1].key == VALUE_NULL)
        d->nentries--;   /* trailing holes are reused (fill still counts them) */
    dict_bump(d);
    return true;
}

int dict_del(value_t d, value_t key)
{
    uint32_t hash;
    size_t slot;
    if (!key_hash(key, &hash))
        return -1;
    change_begin(DICT(d));
    int32_t ix = dict_find(DICT(d), key, hash, &slot);
    int r = ix == -2 ? -1 : ix == -1 ? 0 : dict_remove(DICT(d), ix, slot) ? 1 : -1;
    change_end(DICT(d));
    return r;
}

bool dict_next(value_t dv, size_t *pos, value_t *key, value_t *value)
{
    Dict *d = DICT(dv);
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        value_t k = e->key; /* once: a hard IRQ handler may empty the entry */
        if (k != VALUE_NULL) {
            *key = k;
            *value = e->value;
            return true;
        }
    }
    return false;
}

bool dict_clear(value_t dv)
{
    Dict *d = DICT(dv);
    change_begin(d);
    bool ok = may_change(d);
    if (ok && vm_state.hard_irq && d->entries) {
        /* the program may be probing the arrays: they stay, emptied */
        size_t width = d->mask < 0x80 ? 1 : d->mask < 0x8000 ? 2 : 4;
        memset(d->index, 0xff, (d->mask + 1) * width); /* IX_EMPTY */
        memset(d->entries, 0, d->nentries * sizeof(DictEntry));
        d->used = d->nentries = d->fill = 0;
        dict_bump(d);
    } else if (ok) {
        d->entries = NULL; /* first: a dict without entries is empty */
        d->index = NULL;
        d->used = d->nentries = d->mask = d->fill = 0;
        dict_bump(d);
    }
    change_end(d);
    return ok;
}

value_t dict_copy(value_t dv)
{
    Dict *d = DICT(dv);
    value_t r = dict_new(d->used);
    if (r == VALUE_NULL)
        return VALUE_NULL;
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key != VALUE_NULL)
            dict_insert_clean(DICT(r), d->entries[i].key, d->entries[i].hash, d->entries[i].value);
    return r;
}

static value_t key_error(value_t key) { return err_raise_args(&type_KeyError, 1, &key); }

/* ---- update ------------------------------------------------------------- */

static value_t dict_iter(value_t self);

static bool dict_merge(Dict *d, Dict *other)
{
    if (d == other)
        return true;
    for (size_t i = 0; i < other->nentries; i++) {
        DictEntry e = other->entries[i];
        if (e.key != VALUE_NULL && !dict_insert(d, e.key, e.hash, e.value))
            return false;
    }
    return true;
}

/* other.keys() then other[k] for each: any mapping. */
static bool dict_update_mapping(value_t d, value_t other, value_t keys)
{
    value_t it = obj_call0(keys);
    if (it == VALUE_NULL || (it = obj_iter(it)) == VALUE_NULL)
        return false;
    for (;;) {
        value_t k = obj_next(it);
        if (k == VALUE_STOP)
            return true;
        if (k == VALUE_NULL)
            return false;
        value_t v = obj_getitem(other, k);
        if (v == VALUE_NULL || !dict_set(d, k, v))
            return false;
    }
}

static bool dict_add_pair(value_t d, value_t pair, size_t n)
{
    size_t len;
    value_t *kv = seq_items(pair, &len);
    if (kv == NULL) {
        value_t it = obj_iter(pair);
        if (it == VALUE_NULL) {
            if (err_matches(&type_TypeError)) {
                err_clear();
                err_raise(&type_TypeError,
                          "cannot convert dictionary update sequence element #%zu to a sequence", n);
            }
            return false;
        }
        value_t l = list_from_iter(it);
        if (l == VALUE_NULL)
            return false;
        kv = seq_items(l, &len);
    }
    if (len != 2) {
        err_raise(&type_ValueError,
                  "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
        return false;
    }
    return dict_set(d, kv[0], kv[1]);
}

bool dict_update(value_t d, value_t other)
{
    /* dicts (and subclasses that keep dict's iteration) copy the entries
     * directly, as CPython does */
    if (dict_check(other) && OBJ(other)->type->iter == dict_iter)
        return dict_merge(DICT(d), DICT(other));
    value_t keys = obj_getattr_opt(other, str_intern_cstr("keys"));
    if (keys == VALUE_NULL)
        return false;
    if (keys != VALUE_UNBOUND)
        return dict_update_mapping(d, other, keys);
    value_t it = obj_iter(other);
    if (it == VALUE_NULL)
        return false;
    for (size_t n = 0;; n++) {
        value_t pair = obj_next(it);
        if (pair == VALUE_STOP)
            return true;
        if (pair == VALUE_NULL || !dict_add_pair(d, pair, n))
            return false;
    }
}

/* dict(...) and d.update(...): one optional positional, then keywords. */
static bool dict_update_args(value_t d, const char *fname, int argc, const value_t *args,
                             value_t kwnames)
{
    if (argc > 1) {
        err_raise(&type_TypeError, "%s expected at most 1 argument, got %d", fname, argc);
        return false;
    }
    if (argc == 1 && !dict_update(d, args[0]))
        return false;
    if (kwnames != VALUE_NULL)
        for (size_t i = 0; i < TUPLE(kwnames)->len; i++)
            if (!dict_set(d, TUPLE(kwnames)->items[i], args[argc + i]))
                return false;
    return true;
}

/* ---- Slots -------------------------------------------------------------- */

static value_t dict_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    (void)cls;   /* class.c builds subclass instances from the base type */
    value_t d = dict_new(0);
    if (d == VALUE_NULL || !dict_update_args(d, "dict", argc, args, kwnames))
        return VALUE_NULL;
    return d;
}

static value_t dict_repr(value_t self)
{
    if (!seq_repr_enter(self))
        return str_from_cstr("{...}");
    StrBuf b;
    strbuf_init(&b, 16);
    strbuf_add_char(&b, '{');
    bool first = true;
    for (size_t i = 0; i < DICT(self)->nentries; i++) {
        DictEntry e = DICT(self)->entries[i];
        if (e.key == VALUE_NULL)
            continue;
        if (!first)
            strbuf_add(&b, ", ", 2);
        first = false;
        if (!strbuf_add_repr(&b, e.key) || (strbuf_add(&b, ": ", 2), !strbuf_add_repr(&b, e.value))) {
            seq_repr_leave();
            return VALUE_NULL;
        }
    }
    strbuf_add_char(&b, '}');
    seq_repr_leave();
    return strbuf_finish(&b);
}

/* 1 if the dicts hold equal items, 0 if not, -1 on error. */
static int dict_equal(Dict *a, Dict *b)
{
    if (a->used != b->used)
        return 0;
    for (size_t i = 0; i < a->nentries; i++) {
        DictEntry e = a->entries[i];
        if (e.key == VALUE_NULL)
            continue;
        size_t slot;
        int32_t ix = dict_find(b, e.key, e.hash, &slot);
        if (ix < 0)
            return ix == -1 ? 0 : -1;
        int eq = obj_equal(e.value, b->entries[ix].value);
        if (eq <= 0)
            return eq;
    }
    return 1;
}

static value_t dict_compare(value_t a, value_t b, int cmp)
{
    if (!dict_check(a) || !dict_check(b) || (cmp != CMP_EQ && cmp != CMP_NE))
        return VALUE_NOTIMPL;
    int eq = dict_equal(DICT(a), DICT(b));
    if (eq < 0)
        return VALUE_NULL;
    return value_from_bool(eq == (cmp == CMP_EQ));
}

static value_t dict_binary(value_t a, value_t b, int op)
{
    if ((op & ~OP_INPLACE) != OP_OR || !dict_check(a))
        return VALUE_NOTIMPL;
    if (op & OP_INPLACE)
        return dict_update(a, b) ? a : VALUE_NULL;
    if (!dict_check(b))
        return VALUE_NOTIMPL;
    value_t r = dict_copy(a);
    if (r == VALUE_NULL || !dict_merge(DICT(r), DICT(b)))
        return VALUE_NULL;
    return r;
}

static small_int_t dict_len(value_t self)
{
    return DICT(self)->used;
}

/* d[key] missing: a subclass's __missing__(key), else KeyError. */
static value_t dict_missing(value_t self, value_t key)
{
    const Type *t = OBJ(self)->type;
    if (t != &type_dict) {
        value_t name = str_intern_cstr("__missing__");
        if (name == VALUE_NULL)
            return VALUE_NULL;
        if (type_lookup(t, name) != VALUE_NULL)
            return obj_call_method(self, name, 1, &key);
    }
    return key_error(key);
}

static value_t dict_subscr(value_t self, value_t key, value_t v)
{
    if (v == VALUE_NULL) {
        value_t r;
        int found = dict_lookup(self, key, &r);
        if (found <= 0)
            return found < 0 ? VALUE_NULL : dict_missing(self, key);
        return r;
    }
    if (v == VALUE_UNBOUND) {
        int found = dict_del(self, key);
        if (found <= 0)
            return found < 0 ? VALUE_NULL : key_error(key);
        return VALUE_NONE;
    }
    return dict_set(self, key, v) ? VALUE_NONE : VALUE_NULL;
}

static int dict_contains(value_t self, value_t key)
{
    value_t v;
    return dict_lookup(self, key, &v);
}

/* ---- Iterators ---------------------------------------------------------- */

typedef struct DictIter {
    Object base;
    value_t dict;      /* VALUE_NULL once exhausted */
    uint32_t pos;      /* next entry */
    uint32_t used;     /* size when the iteration started */
} DictIter;

static value_t dictiter_new(value_t d, const Type *t)
{
    DictIter *it = GC_NEW(DictIter, t);
    if (it == NULL)
        return VALUE_NULL;
    it->dict = d;
    it->used = DICT(d)->used;
    return (value_t)it;
}

static value_t dict_iter(value_t self)
{
    return dictiter_new(self, &type_dict_keyiterator);
}

/* The next live entry, NULL at the end or on error (*err set). */
static DictEntry *dictiter_step(value_t self, bool *err)
{
    DictIter *it = (DictIter *)self;
    *err = false;
    if (it->dict == VALUE_NULL)
        return NULL;
    Dict *d = DICT(it->dict);
    if (d->used != it->used) {
        it->used = UINT32_MAX;   /* keep failing, as CPython does */
        *err = true;
        err_raise(&type_RuntimeError, "dictionary changed size during iteration");
        return NULL;
    }
    while (it->pos < d->nentries) {
        DictEntry *e = &d->entries[it->pos++];
        if (e->key != VALUE_NULL)
            return e;
    }
    it->dict = VALUE_NULL;
    return NULL;
}

static value_t dictiter_next_key(value_t self)
{
    bool err;
    DictEntry *e = dictiter_step(self, &err);
    return e ? e->key : err ? VALUE_NULL : VALUE_STOP;
}

static value_t dictiter_next_value(value_t self)
{
    bool err;
    DictEntry *e = dictiter_step(self, &err);
    return e ? e->value : err ? VALUE_NULL : VALUE_STOP;
}

static value_t dictiter_next_item(value_t self)
{
    bool err;
    DictEntry *e = dictiter_step(self, &err);
    return e ? tuple_pack2(e->key, e->value) : err ? VALUE_NULL : VALUE_STOP;
}

Type type_dict_keyiterator = {
    .base = { &type_type }, .cname = "dict_keyiterator", .parent = &type_object,
    .iter = iter_self, .next = dictiter_next_key,
};
Type type_dict_valueiterator = {
    .base = { &type_type }, .cname = "dict_valueiterator", .parent = &type_object,
    .iter = iter_self, .next = dictiter_next_value,
};
Type type_dict_itemiterator = {
    .base = { &type_type }, .cname = "dict_itemiterator", .parent = &type_object,
    .iter = iter_self, .next = dictiter_next_item,
};

/* ---- Views -------------------------------------------------------------- */

typedef struct DictView {
    Object base;
    value_t dict;
} DictView;

#define VIEW_DICT(v) (((DictView *)(v))->dict)

static value_t view_new(value_t d, const Type *t)
{
    DictView *v = GC_NEW(DictView, t);
    if (v == NULL)
        return VALUE_NULL;
    v->dict = d;
    return (value_t)v;
}

static small_int_t view_len(value_t self)
{
    return DICT(VIEW_DICT(self))->used;
}

static value_t keys_iter(value_t self)
{
    return dictiter_new(VIEW_DICT(self), &type_dict_keyiterator);
}

static value_t values_iter(value_t self)
{
    return dictiter_new(VIEW_DICT(self), &type_dict_valueiterator);
}

static value_t items_iter(value_t self)
{
    return dictiter_new(VIEW_DICT(self), &type_dict_itemiterator);
}

/* dict_keys(['a', 'b']) */
static value_t view_repr(value_t self)
{
    if (!seq_repr_enter(self))
        return str_from_cstr("...");
    value_t l = list_from_iter(self);
    StrBuf b;
    strbuf_init(&b, 32);
    strbuf_add_cstr(&b, obj_type_name(self));
    strbuf_add_char(&b, '(');
    bool ok = l != VALUE_NULL && strbuf_add_repr(&b, l);
    seq_repr_leave();
    if (!ok)
        return VALUE_NULL;
    strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

static int keys_contains(value_t self, value_t key)
{
    return dict_contains(VIEW_DICT(self), key);
}

static int values_contains(value_t self, value_t v)
{
    Dict *d = DICT(VIEW_DICT(self));
    for (size_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key == VALUE_NULL)
            continue;
        int eq = obj_equal(d->entries[i].value, v);
        if (eq)
            return eq;
    }
    return 0;
}

static int items_contains(value_t self, value_t item)
{
    value_t v;
    if (!tuple_check(item) || TUPLE(item)->len != 2)
        return 0;
    int found = dict_lookup(VIEW_DICT(self), TUPLE(item)->items[0], &v);
    if (found <= 0)
        return found;
    return obj_equal(v, TUPLE(item)->items[1]);
}

static value_t set_of(value_t iterable)
{
    value_t s = set_new(&type_set);
    if (s == VALUE_NULL || !set_update(s, iterable))
        return VALUE_NULL;
    return s;
}

static bool is_setlike_view(value_t v)
{
    const Type *t = obj_type(v);
    return t == &type_dict_keys || t == &type_dict_items;
}

/* keys and items views act as sets: & | - ^ and comparisons. */
static value_t view_binary(value_t a, value_t b, int op)
{
    op &= ~OP_INPLACE;
    if (op != OP_AND && op != OP_OR && op != OP_SUB && op != OP_XOR)
        return VALUE_NOTIMPL;
    value_t sa = set_of(a);
    value_t sb = sa == VALUE_NULL ? VALUE_NULL : set_of(b);
    if (sb == VALUE_NULL)
        return VALUE_NULL;
    return obj_binary(sa, sb, op);
}

static value_t view_compare(value_t a, value_t b, int cmp)
{
    if (!(is_setlike_view(a) || set_check(a)) || !(is_setlike_view(b) || set_check(b)))
        return VALUE_NOTIMPL;
    value_t sa = set_of(a);
    value_t sb = sa == VALUE_NULL ? VALUE_NULL : set_of(b);
    if (sb == VALUE_NULL)
        return VALUE_NULL;
    return obj_compare(sa, sb, cmp);
}

Type type_dict_keys = {
    .base = { &type_type }, .cname = "dict_keys", .parent = &type_object,
    .repr = view_repr, .hash = seq_unhashable, .compare = view_compare, .binary = view_binary,
    .len = view_len, .iter = keys_iter, .contains = keys_contains,
};
Type type_dict_values = {
    .base = { &type_type }, .cname = "dict_values", .parent = &type_object,
    .repr = view_repr, .len = view_len, .iter = values_iter, .contains = values_contains,
};
Type type_dict_items = {
    .base = { &type_type }, .cname = "dict_items", .parent = &type_object,
    .repr = view_repr, .hash = seq_unhashable, .compare = view_compare, .binary = view_binary,
    .len = view_len, .iter = items_iter, .contains = items_contains,
};

/* ---- Methods ------------------------------------------------------------ */

static bool self_is_dict(value_t self, const char *meth)
{
    if (dict_check(self))
        return true;
    err_raise(&type_TypeError, "descriptor '%s' for 'dict' objects doesn't apply to a '%T' object",
              meth, self);
    return false;
}

static value_t m_get(int argc, const value_t *args)
{
    value_t v;
    if (!self_is_dict(args[0], "get"))
        return VALUE_NULL;
    int found = dict_lookup(args[0], args[1], &v);
    if (found < 0)
        return VALUE_NULL;
    return found ? v : argc > 2 ? args[2] : VALUE_NONE;
}

static value_t m_keys(value_t self)
{
    return self_is_dict(self, "keys") ? view_new(self, &type_dict_keys) : VALUE_NULL;
}

static value_t m_values(value_t self)
{
    return self_is_dict(self, "values") ? view_new(self, &type_dict_values) : VALUE_NULL;
}

static value_t m_items(value_t self)
{
    return self_is_dict(self, "items") ? view_new(self, &type_dict_items) : VALUE_NULL;
}

static value_t m_pop(int argc, const value_t *args)
{
    uint32_t hash;
    size_t slot;
    if (!self_is_dict(args[0], "pop") || !key_hash(args[1], &hash))
        return VALUE_NULL;
    Dict *d = DICT(args[0]);
    change_begin(d);
    int32_t ix = dict_find(d, args[1], hash, &slot);
    value_t v = ix == -2 ? VALUE_NULL : ix == -1 ? (argc > 2 ? args[2] : key_error(args[1])) : d->entries[ix].value;
    if (ix >= 0 && !dict_remove(d, ix, slot))
        v = VALUE_NULL;
    change_end(d);
    return v;
}

static value_t m_popitem(value_t self)
{
    if (!self_is_dict(self, "popitem"))
        return VALUE_NULL;
    Dict *d = DICT(self);
    if (d->used == 0)
        return err_raise(&type_KeyError, "popitem(): dictionary is empty");
    DictEntry e = d->entries[d->nentries - 1];   /* the last entry is live */
    value_t item = tuple_pack2(e.key, e.value);
    if (item == VALUE_NULL)
        return VALUE_NULL;
    size_t slot;
    change_begin(d);
    int32_t ix = dict_find(d, e.key, e.hash, &slot);
    if (ix < 0)
        item = ix == -2 ? VALUE_NULL : key_error(e.key);
    else if (!dict_remove(d, ix, slot))
        item = VALUE_NULL;
    change_end(d);
    return item;
}

static value_t m_setdefault(int argc, const value_t *args)
{
    value_t v, dflt = argc > 2 ? args[2] : VALUE_NONE;
    if (!self_is_dict(args[0], "setdefault"))
        return VALUE_NULL;
    int found = dict_lookup(args[0], args[1], &v);
    if (found)
        return found < 0 ? VALUE_NULL : v;
    return dict_set(args[0], args[1], dflt) ? dflt : VALUE_NULL;
}

static value_t m_update(int argc, const value_t *args, value_t kwnames)
{
    if (!self_is_dict(args[0], "update") ||
        !dict_update_args(args[0], "update", argc - 1, args + 1, kwnames))
        return VALUE_NULL;
    return VALUE_NONE;
}

static value_t m_copy(value_t self)
{
    return self_is_dict(self, "copy") ? dict_copy(self) : VALUE_NULL;
}

static value_t m_clear(value_t self)
{
    if (!self_is_dict(self, "clear"))
        return VALUE_NULL;
    return dict_clear(self) ? VALUE_NONE : VALUE_NULL;
}

/* dict.fromkeys(iterable, value=None): a classmethod, args[0] is the class. */
static value_t m_fromkeys(int argc, const value_t *args)
{
    value_t v = argc > 2 ? args[2] : VALUE_NONE;
    value_t d = dict_new(0), it = d == VALUE_NULL ? VALUE_NULL : obj_iter(args[1]);
    if (it == VALUE_NULL)
        return VALUE_NULL;
    for (;;) {
        value_t k = obj_next(it);
        if (k == VALUE_STOP)
            return d;
        if (k == VALUE_NULL || !dict_set(d, k, v))
            return VALUE_NULL;
    }
}

static BUILTIN_VAR(get_fn, "dict.get", 2, 3, m_get);
static BUILTIN_FIX(keys_fn, "dict.keys", 1, m_keys);
static BUILTIN_FIX(values_fn, "dict.values", 1, m_values);
static BUILTIN_FIX(items_fn, "dict.items", 1, m_items);
static BUILTIN_VAR(pop_fn, "dict.pop", 2, 3, m_pop);
static BUILTIN_FIX(popitem_fn, "dict.popitem", 1, m_popitem);
static BUILTIN_VAR(setdefault_fn, "dict.setdefault", 2, 3, m_setdefault);
static BUILTIN_KW(update_fn, "dict.update", 1, ARGS_MANY, m_update);
static BUILTIN_FIX(copy_fn, "dict.copy", 1, m_copy);
static BUILTIN_FIX(clear_fn, "dict.clear", 1, m_clear);
static BUILTIN_VAR(fromkeys_fn, "dict.fromkeys", 2, 3, m_fromkeys);
static CLASS_METHOD(fromkeys_cm, fromkeys_fn);

static const AttrDef dict_methods[] = {
    ATTR_OBJ("get", &get_fn),     ATTR_OBJ("keys", &keys_fn),
    ATTR_OBJ("values", &values_fn), ATTR_OBJ("items", &items_fn),
    ATTR_OBJ("pop", &pop_fn),     ATTR_OBJ("popitem", &popitem_fn),
    ATTR_OBJ("setdefault", &setdefault_fn), ATTR_OBJ("update", &update_fn),
    ATTR_OBJ("copy", &copy_fn),   ATTR_OBJ("clear", &clear_fn),
    ATTR_OBJ("fromkeys", &fromkeys_cm), ATTR_END,
};

Type type_dict = {
    .base = { &type_type },
    .cname = "dict",
    .parent = &type_object,
    .methods = dict_methods,
    .make = dict_make,
    .repr = dict_repr,
    .hash = seq_unhashable,
    .compare = dict_compare,
    .binary = dict_binary,
    .len = dict_len,
    .iter = dict_iter,
    .subscr = dict_subscr,
    .contains = dict_contains,
};
