/*
 * dict.h — dict (insertion-ordered hash table), set and frozenset.
 *
 * A dict is compact, like CPython's since 3.6: `entries` holds the items
 * in insertion order (deleted ones leave a hole until the next resize
 * compacts them) and `index` is an open-addressing table of entry numbers,
 * 8, 16 or 32 bits per slot depending on its size.
 *
 * Dicts carry a version number bumped on every insertion or deletion of a
 * key (not on value updates of an existing key when the layout stays): the
 * VM's global and attribute caches key on it. Versions come from one global
 * counter, so two dicts (or a dict and its reallocated successor) never
 * share a (pointer, version) pair. Interned str keys hit a fast path
 * (pointer compare after hash).
 *
 * Sets keep CPython's older layout, a single open-addressing table of
 * (key, hash) slots iterated in slot order: that is the order CPython prints
 * sets in ({5, 4} prints {4, 5}), and tests compare output with CPython.
 */
#ifndef IRQPY_DICT_H
#define IRQPY_DICT_H

#include "object.h"

typedef struct DictEntry {
    value_t key;     /* VALUE_NULL: deleted slot */
    value_t value;
    uint32_t hash;
} DictEntry;

typedef struct Dict {
    Object base;
    uint32_t used;       /* live entries */
    uint32_t nentries;   /* entries used incl. deleted, in insertion order */
    uint32_t version;
    uint32_t mask;       /* index slots - 1 (0 while entries is NULL) */
    uint32_t fill;       /* index slots in use, live or deleted: full at 2/3 of them */
    uint16_t writes;     /* counts every change: a resize notices an IRQ handler's (dict.c) */
    uint8_t busy;        /* a key being added or removed (dict.c, "Interrupts") */
    DictEntry *entries;  /* gc block of 2/3 * (mask + 1) entries */
    void *index;         /* gc NOSCAN block: hash index -> entry number */
} Dict;

#define DICT(v) ((Dict *)(v))

/* The value of entry i replaced (the VM's attribute cache writes so). */
static inline void dict_store_entry(Dict *d, uint32_t i, value_t v)
{
    d->entries[i].value = v;
    d->writes++;
}
/* dict and user subclasses (same layout, Type.solid) */
static inline bool dict_check(value_t v)
{
    return value_is_obj(v) && (OBJ(v)->type == &type_dict || OBJ(v)->type->solid == &type_dict);
}

value_t dict_new(size_t hint);
/* 1 found (value in *out), 0 absent, -1 error (e.g. unhashable key) */
int dict_lookup(value_t d, value_t key, value_t *out);
value_t dict_get_str(value_t d, value_t interned); /* VALUE_NULL if absent, never raises */
bool dict_set(value_t d, value_t key, value_t v);
int dict_del(value_t d, value_t key);             /* 1 deleted, 0 absent, -1 error */
bool dict_set_cstr(value_t d, const char *key, value_t v); /* interns the key */
/* Iterate: start with *pos = 0; false at the end. */
bool dict_next(value_t d, size_t *pos, value_t *key, value_t *value);
/* dict, object with keys() (mapping), or iterable of pairs */
bool dict_update(value_t d, value_t other);
value_t dict_copy(value_t d);
bool dict_clear(value_t d);                 /* false: refused in a hard IRQ handler (dict.c) */

/* The view and iterator types (dict.c). */
extern Type type_dict_keys, type_dict_values, type_dict_items, type_dict_keyiterator,
    type_dict_valueiterator, type_dict_itemiterator;

typedef struct SetEntry {
    value_t key;     /* VALUE_NULL: never used; VALUE_UNBOUND: deleted */
    uint32_t hash;
} SetEntry;

typedef struct Set {
    Object base;          /* &type_set or &type_frozenset */
    uint32_t used;        /* live keys */
    uint32_t fill;        /* live + deleted slots */
    uint32_t mask;        /* table slots - 1 (0 while table is NULL) */
    uint32_t hash;        /* frozenset cached hash, 0 if not computed */
    uint32_t finger;      /* where pop() searches next */
    SetEntry *table;      /* gc block, NULL while never used */
} Set;

static inline bool set_check(value_t v) {   /* set, frozenset, or a user subclass of set */
    return value_is_obj(v) &&
           (OBJ(v)->type == &type_set || OBJ(v)->type == &type_frozenset ||
            OBJ(v)->type->solid == &type_set);
}

value_t set_new(const Type *t);                   /* type_set or type_frozenset */
bool set_add(value_t s, value_t item);
int set_contains(value_t s, value_t item);        /* 1, 0, -1 */
bool set_update(value_t s, value_t iterable);

extern Type type_set_iterator;                    /* set.c */

#endif
