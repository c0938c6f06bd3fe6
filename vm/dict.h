/*
 * dict.h — dict (insertion-ordered hash table), set and frozenset.
 *
 * Dicts carry a version number bumped on every insertion or deletion of a
 * key (not on value updates of an existing key when the layout stays): the
 * VM's global and attribute caches key on it. Interned str keys hit a fast
 * path (pointer compare after hash).
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
    uint32_t cap;        /* entry capacity */
    uint32_t version;
    DictEntry *entries;  /* gc block */
    void *index;         /* gc NOSCAN block: hash index -> entry number */
} Dict;

#define DICT(v) ((Dict *)(v))

value_t dict_new(size_t hint);
/* 1 found (value in *out), 0 absent, -1 error (e.g. unhashable key) */
int dict_lookup(value_t d, value_t key, value_t *out);
value_t dict_get_str(value_t d, value_t interned); /* VALUE_NULL if absent, never raises */
bool dict_set(value_t d, value_t key, value_t v);
int dict_del(value_t d, value_t key);             /* 1 deleted, 0 absent, -1 error */
bool dict_set_cstr(value_t d, const char *key, value_t v); /* interns the key */
/* Iterate: start with *pos = 0; false at the end. */
bool dict_next(value_t d, size_t *pos, value_t *key, value_t *value);
bool dict_update(value_t d, value_t other);       /* dict, or iterable of pairs */

typedef struct Set {
    Object base;          /* &type_set or &type_frozenset */
    uint32_t used, nentries, cap;
    uint32_t hash;        /* frozenset cached hash, 0 if not computed */
    DictEntry *entries;   /* value field unused */
    void *index;
} Set;

value_t set_new(const Type *t);                   /* type_set or type_frozenset */
bool set_add(value_t s, value_t item);
int set_contains(value_t s, value_t item);        /* 1, 0, -1 */
bool set_update(value_t s, value_t iterable);

#endif
