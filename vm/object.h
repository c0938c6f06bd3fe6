/*
 * object.h — the object model: every heap object starts with an Object
 * header whose only field is its type. A Type is itself an object and holds
 * the slots (C function pointers) that the generic operations below call.
 *
 * Contract for every slot and every function returning value_t: the result
 * is VALUE_NULL exactly when an exception has been set (err.h); functions
 * returning int use -1 for that, bool functions use false.
 *
 * Built-in types are static `Type` structs (dict built at start-up from
 * their `methods` table); user classes are Types allocated on the heap
 * (class.c) whose slots look up the dunder methods.
 *
 * Heap objects are scanned conservatively by the GC (gc.h): any word inside
 * an object that points into the heap keeps its target alive, so types need
 * no mark functions. Blocks allocated with GC_NOSCAN hold no pointers.
 */
#ifndef IRQPY_OBJECT_H
#define IRQPY_OBJECT_H

#include "value.h"

typedef struct Type Type;

typedef struct Object {
    const Type *type;
} Object;

#define OBJ(v) ((Object *)(v))

/* Binary operators; OP_INPLACE is or-ed in for augmented assignment. */
enum {
    OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_AND, OP_OR, OP_XOR, OP_MATMUL,
    OP_COUNT,
    OP_INPLACE = 0x10
};
/* Unary operators (`not` is obj_truthy). */
enum { UOP_NEG, UOP_POS, UOP_INVERT };
/* Rich comparisons. */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Type flags. */
enum {
    TYPE_HEAP = 1 << 0,      /* user class allocated by class.c */
    TYPE_BASETYPE = 1 << 1,  /* may be subclassed from Python */
    TYPE_METHOD = 1 << 2,    /* instances are functions that bind self (function, builtin) */
    TYPE_EXCEPTION = 1 << 3, /* instances are Exception objects (err.h layout) */
    TYPE_INSTANCE = 1 << 4,  /* instances are Instance (class.c layout, dict at word 1) */
};

typedef struct AttrDef AttrDef;

struct Type {
    Object base;              /* type of a type: type_type */
    const char *cname;        /* name for built-in types */
    value_t name;             /* interned str, set by type_init_builtins / class creation */
    const Type *parent;       /* single base (NULL for object) */
    value_t mro;              /* tuple of types for attribute lookup, self first */
    value_t dict;             /* Dict of methods and class attributes */
    const AttrDef *methods;   /* built-in types: NULL-name-terminated table -> dict */
    uint32_t flags;
    uint32_t version;         /* bumped on any change to dict (inline caches) */

    /* type(...) — construct an instance; cls may be a subclass */
    value_t (*make)(const Type *cls, int argc, const value_t *args, value_t kwnames);
    value_t (*repr)(value_t self);
    value_t (*str)(value_t self); /* NULL: use repr */
    /* hash as a small int value; NULL slot: identity hash */
    value_t (*hash)(value_t self);
    /* returns True/False (or any value), VALUE_NOTIMPL, or VALUE_NULL */
    value_t (*compare)(value_t a, value_t b, int cmp);
    /* called with either operand of this type; VALUE_NOTIMPL when unsupported */
    value_t (*binary)(value_t a, value_t b, int op);
    value_t (*unary)(value_t a, int uop);
    int (*truthy)(value_t self);           /* NULL: len if present, else true */
    small_int_t (*len)(value_t self);      /* -1 on error */
    value_t (*call)(value_t self, int argc, const value_t *args, value_t kwnames);
    /* attribute lookup; NULL slot: obj_generic_getattr. Raises AttributeError. */
    value_t (*getattr)(value_t self, value_t name);
    /* v == VALUE_NULL deletes; NULL slot: obj_generic_setattr */
    bool (*setattr)(value_t self, value_t name, value_t v);
    value_t (*iter)(value_t self);
    value_t (*next)(value_t self);         /* VALUE_STOP when exhausted */
    /* v: VALUE_NULL load, VALUE_UNBOUND delete (returns None), else store (returns None) */
    value_t (*subscr)(value_t self, value_t key, value_t v);
    int (*contains)(value_t self, value_t item); /* NULL: iterate */
    /* descriptor protocol: called when found on a type during attribute lookup */
    value_t (*descr_get)(value_t descr, value_t obj, value_t owner);
    bool (*descr_set)(value_t descr, value_t obj, value_t v); /* non-NULL: data descriptor */
    /* buffer protocol for bytes-like objects; NULL if not bytes-like */
    uint8_t *(*buffer)(value_t self, size_t *len, bool writable);
};

/* A table entry for built-in types and modules: a name and a value
 * (a static object, a small int, ...). The table ends with a NULL name. */
struct AttrDef {
    const char *name;
    value_t value;
};
#define ATTR_OBJ(n, objp) { n, (value_t)(objp) }
#define ATTR_INT(n, i) { n, (value_t)((((value_t)(i)) << 1) | 1) }
#define ATTR_END { NULL, 0 }

/* ---- Built-in functions and methods -------------------------------------
 * A method of a built-in type is a Builtin whose first argument is self.
 * Fixed arities (FIX0..FIX3) are called directly with no argument array;
 * the VM's method cache uses that for `t.counter()`. VAR gets positional
 * arguments only (kwnames rejected by the caller with TypeError); KW gets
 * them all: args[0..argc) positional then one value per name in kwnames
 * (a tuple of interned strs, VALUE_NULL when none). Arity for FIX kinds and
 * min/max for VAR are checked by the caller (obj_call / the VM).
 */
enum { BUILTIN_FIX0, BUILTIN_FIX1, BUILTIN_FIX2, BUILTIN_FIX3, BUILTIN_VAR, BUILTIN_KW };

typedef struct Builtin {
    Object base; /* &type_builtin */
    const char *name;
    uint8_t kind;
    uint8_t min_args, max_args; /* max 255 means unlimited */
    union {
        value_t (*f0)(void);
        value_t (*f1)(value_t);
        value_t (*f2)(value_t, value_t);
        value_t (*f3)(value_t, value_t, value_t);
        value_t (*fv)(int argc, const value_t *args);
        value_t (*fkw)(int argc, const value_t *args, value_t kwnames);
    } fn;
} Builtin;

#define ARGS_MANY 255
#define BUILTIN_FIX(cname, pyname, n, func) \
    const Builtin cname = { { &type_builtin }, pyname, BUILTIN_FIX##n, n, n, { .f##n = func } }
#define BUILTIN_VAR(cname, pyname, lo, hi, func) \
    const Builtin cname = { { &type_builtin }, pyname, BUILTIN_VAR, lo, hi, { .fv = func } }
#define BUILTIN_KW(cname, pyname, lo, hi, func) \
    const Builtin cname = { { &type_builtin }, pyname, BUILTIN_KW, lo, hi, { .fkw = func } }

/* staticmethod / classmethod wrappers, also usable statically in AttrDef tables */
typedef struct MethodWrapper {
    Object base; /* &type_staticmethod or &type_classmethod */
    value_t func;
} MethodWrapper;
#define STATIC_METHOD(cname, builtin) \
    const MethodWrapper cname = { { &type_staticmethod }, (value_t)&(builtin) }
#define CLASS_METHOD(cname, builtin) \
    const MethodWrapper cname = { { &type_classmethod }, (value_t)&(builtin) }

/* The core types (their .c file in parentheses). */
extern Type type_object, type_type, type_NoneType, type_bool, type_NotImplementedType,
    type_ellipsis, type_builtin;                                     /* object.c */
extern Type type_int, type_float;                                    /* int.c, float.c */
extern Type type_str, type_bytes, type_bytearray;                    /* str.c, bytes.c */
extern Type type_list, type_tuple, type_dict, type_set, type_frozenset, type_range,
    type_slice;                                                      /* list.c ... */
extern Type type_function, type_boundmethod, type_cell, type_generator, type_code,
    type_staticmethod, type_classmethod, type_property, type_module; /* func.c, gen.c, class.c, module.c */

/* ---- Generic operations (object.c) -------------------------------------- */

const Type *obj_type(value_t v);
value_t obj_type_value(value_t v);                 /* type(v) as a value */
static inline value_t type_value(const Type *t) { return (value_t)t; }
bool type_is_subtype(const Type *t, const Type *base);
bool obj_isinstance(value_t v, const Type *t);
const char *obj_type_name(value_t v);              /* C string name of type(v) */

value_t obj_repr(value_t v);                       /* a str */
value_t obj_str(value_t v);                        /* a str */
bool obj_hash(value_t v, small_int_t *out);        /* TypeError if unhashable */
int obj_truthy(value_t v);                         /* 1, 0, or -1 on error */
value_t obj_binary(value_t a, value_t b, int op);  /* op may include OP_INPLACE */
value_t obj_unary(value_t a, int uop);
value_t obj_compare(value_t a, value_t b, int cmp); /* result of the comparison (any value) */
int obj_equal(value_t a, value_t b);               /* 1, 0, -1: identity first, then == */
int obj_less(value_t a, value_t b);                /* 1, 0, -1: for sorting, min, max */
int obj_contains(value_t container, value_t item);

value_t obj_getattr(value_t obj, value_t name);    /* name: interned str */
value_t obj_getattr_opt(value_t obj, value_t name); /* VALUE_UNBOUND if missing, no exception */
bool obj_setattr(value_t obj, value_t name, value_t v); /* v == VALUE_NULL: delete */
value_t obj_generic_getattr(value_t obj, value_t name);
bool obj_generic_setattr(value_t obj, value_t name, value_t v);
value_t type_lookup(const Type *t, value_t name);  /* MRO search; VALUE_NULL if absent, no exception */
/* Method load without a bound-method object: out[0] = function, out[1] = self
 * when the attribute is a method of the type, else out[0] = attribute, out[1] = VALUE_NULL. */
bool obj_load_method(value_t obj, value_t name, value_t out[2]);

value_t obj_call(value_t f, int argc, const value_t *args, value_t kwnames);
value_t obj_call0(value_t f);
value_t obj_call1(value_t f, value_t a);
value_t obj_call2(value_t f, value_t a, value_t b);
value_t obj_call_method(value_t obj, value_t name, int argc, const value_t *args);
value_t builtin_call(const Builtin *b, int argc, const value_t *args, value_t kwnames);

value_t obj_iter(value_t v);
value_t obj_next(value_t it);                      /* VALUE_STOP at end, no exception */
small_int_t obj_len(value_t v);                    /* -1 on error */
value_t obj_getitem(value_t obj, value_t key);
bool obj_setitem(value_t obj, value_t key, value_t v);
bool obj_delitem(value_t obj, value_t key);
/* bytes-like access: NULL with TypeError if not bytes-like */
uint8_t *obj_buffer(value_t v, size_t *len, bool writable);

/* Helpers for argument parsing in built-ins. */
bool obj_get_index(value_t v, small_int_t *out);   /* int or __index__; TypeError otherwise */
bool arg_check_no_kw(const char *fname, value_t kwnames);
/* Binds positional arguments then keywords to the parameters `names`
 * (NULL-terminated; the first npos may be given positionally): out[i] is the
 * value or VALUE_NULL when not given. TypeError (CPython's messages) for too
 * many positionals, unknown or repeated keywords. */
bool arg_parse(const char *fname, int argc, const value_t *args, value_t kwnames,
               const char *const *names, int npos, value_t *out);

/* Builds the dicts and names of all static built-in types; called once at start. */
bool type_init_builtins(void);
bool type_init(Type *t);

#endif
