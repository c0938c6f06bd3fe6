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
    /* 8-byte alignment keeps the low 3 bits of every object pointer free
     * for the value tags (value.h), static objects on Cortex-M included. */
    _Alignas(8) const Type *type;
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
    TYPE_BOXED = 1 << 5,     /* user subclass of int, float, str...: instances are Boxed */
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
    /* a is of this type (obj_compare swaps the operands to try b's slot);
     * returns True/False (or any value), VALUE_NOTIMPL, or VALUE_NULL */
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
    /* descriptor protocol: called when found on a type during attribute lookup;
     * obj is VALUE_NULL when the lookup is made on the class itself */
    value_t (*descr_get)(value_t descr, value_t obj, value_t owner);
    bool (*descr_set)(value_t descr, value_t obj, value_t v); /* non-NULL: data descriptor */
    /* buffer protocol for bytes-like objects; NULL if not bytes-like */
    uint8_t *(*buffer)(value_t self, size_t *len, bool writable);

    /* Filled in by type_init / class creation (object.c, class.c); leave zero. */
    value_t bases;            /* tuple of direct bases */
    value_t subclasses;       /* heap types: list of direct heap subclasses, or VALUE_NULL */
    const Type *solid;        /* nearest built-in type in the MRO: instance layout, inherited slots */
    uint16_t dict_offset;     /* byte offset of the instance-dict word in instances, 0: none */
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

extern Type type_super;                                             /* class.c */

/* An instance of a user class deriving from object: the attribute dict
 * (VALUE_NULL until the first attribute is set) is at word 1, as in
 * Exception (err.h). Subclasses of list, dict and set keep their base
 * layout and put the dict word after it (Type.dict_offset). */
typedef struct Instance {
    Object base;
    value_t dict;
} Instance;

/* An instance of a user subclass of an immutable built-in type (int,
 * float, str, bytes, tuple, frozenset): the built-in value it stands for,
 * boxed with an attribute dict. Slots the class does not override apply
 * the base type's slot to `value`; built-in methods bind to `value`. C
 * code that needs e.g. a real float calls obj_unbox first. */
typedef struct Boxed {
    Object base;
    value_t dict;
    value_t value;
} Boxed;

static inline value_t obj_unbox(value_t v)
{
    return value_is_obj(v) && (OBJ(v)->type->flags & TYPE_BOXED) ? ((const Boxed *)v)->value : v;
}

/* The `__build_class__` builtin (class.c) behind the class statement:
 * __build_class__(body_function, name, *bases, metaclass=type). */
extern const Builtin builtin___build_class__;

/* Interned names used by the object model (object.c builds them at start). */
#define OBJ_NAME_LIST(X) \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__bool__) X(__len__) \
    X(__call__) X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) \
    X(__iter__) X(__next__) X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) \
    X(__get__) X(__set__) X(__delete__) X(__set_name__) X(__index__) X(__abs__) \
    X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) \
    X(__neg__) X(__pos__) X(__invert__) \
    X(__name__) X(__qualname__) X(__module__) X(__dict__) X(__class__) X(__doc__) \
    X(__mro__) X(__bases__) X(__base__) X(__func__) X(__self__) \
    X(__enter__) X(__exit__) X(__format__) X(__reversed__) X(metaclass) \
    X(builtins) X(args) X(fget) X(fset) X(fdel)
#define OBJ_NAME_ENUM(n) NAME_##n,
enum { OBJ_NAME_LIST(OBJ_NAME_ENUM) NAME_COUNT };
#undef OBJ_NAME_ENUM
extern value_t obj_names[NAME_COUNT];
#define NAME(n) (obj_names[NAME_##n])
/* "__add__", "__radd__", "__iadd__" for each OP_*: [op][0], [op][1], [op][2]. */
extern value_t obj_binop_names[OP_COUNT][3];

/* ---- Generic operations (object.c) -------------------------------------- */

extern const Type *const obj_imm_types[8];
static inline const Type *obj_type(value_t v)
{
    if (value_is_int(v)) return &type_int;
    if (value_is_imm(v)) return obj_imm_types[(v >> 3) & 7];
    return OBJ(v)->type;
}
static inline bool type_check(value_t v) { return value_is_obj(v) && OBJ(v)->type == &type_type; }
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
int obj_contains_by_iter(value_t container, value_t item); /* the fallback: iterate and compare */

value_t obj_getattr(value_t obj, value_t name);    /* name: interned str */
value_t obj_getattr_opt(value_t obj, value_t name); /* VALUE_UNBOUND if missing, no exception */
bool obj_setattr(value_t obj, value_t name, value_t v); /* v == VALUE_NULL: delete */
value_t obj_generic_getattr(value_t obj, value_t name);
bool obj_generic_setattr(value_t obj, value_t name, value_t v);
value_t type_lookup(const Type *t, value_t name);  /* MRO search; VALUE_NULL if absent, no exception */
/* The same, also telling which class of the MRO holds the attribute. */
value_t type_lookup_owner(const Type *t, value_t name, const Type **owner);
/* Method load without a bound-method object: out[0] = function, out[1] = self
 * when the attribute is a method of the type, else out[0] = attribute, out[1] = VALUE_NULL. */
bool obj_load_method(value_t obj, value_t name, value_t out[2]);

value_t obj_call(value_t f, int argc, const value_t *args, value_t kwnames);
value_t obj_call0(value_t f);
value_t obj_call1(value_t f, value_t a);
value_t obj_call2(value_t f, value_t a, value_t b);
value_t obj_call_method(value_t obj, value_t name, int argc, const value_t *args);
value_t builtin_call(const Builtin *b, int argc, const value_t *args, value_t kwnames);
/* f(self, *args, **kw): prepends self without allocating for short argument lists. */
value_t obj_call_with_self(value_t f, value_t self, int argc, const value_t *args, value_t kwnames);

value_t obj_iter(value_t v);
value_t obj_next(value_t it);                      /* VALUE_STOP at end, no exception */
small_int_t obj_len(value_t v);                    /* -1 on error */
value_t obj_getitem(value_t obj, value_t key);
bool obj_setitem(value_t obj, value_t key, value_t v);
bool obj_delitem(value_t obj, value_t key);
/* bytes-like access: NULL with TypeError if not bytes-like */
uint8_t *obj_buffer(value_t v, size_t *len, bool writable);

/* isinstance / issubclass with a type or a (nested) tuple of types: 1, 0 or
 * -1 with TypeError. */
int obj_is_instance(value_t v, value_t classinfo);
int obj_is_subclass(value_t cls, value_t classinfo);
/* abs(v): ints, floats and bools directly, else __abs__ */
value_t obj_abs(value_t v);
/* The default repr "<__main__.C object at 0x...>". */
value_t obj_default_repr(value_t v);
/* The instance dict of v (created on demand when `create`), or VALUE_NULL
 * when v has none (or on MemoryError when creating: check err_occurred). */
value_t obj_instance_dict(value_t v, bool create);

/* Helpers for argument parsing in built-ins. */
bool obj_get_index(value_t v, small_int_t *out);   /* int or __index__; TypeError otherwise */
bool arg_check_no_kw(const char *fname, value_t kwnames);
/* Binds positional arguments then keywords to the parameters `names`
 * (NULL-terminated; the first npos may be given positionally): out[i] is the
 * value or VALUE_NULL when not given. TypeError (CPython's messages) for too
 * many positionals, unknown or repeated keywords. */
bool arg_parse(const char *fname, int argc, const value_t *args, value_t kwnames,
               const char *const *names, int npos, value_t *out);

/* Builds the dicts and names of all static built-in types (the core's,
 * listed in object.c) and the interned names above; called once at start,
 * after gc_init. Modules with their own static types call type_init on them. */
bool type_init_builtins(void);
bool type_init(Type *t);
/* A fresh version number for inline caches (never reused). */
uint32_t type_new_version(void);
/* Slot wrappers: `__len__`, `__getitem__`, ... of a built-in type whose
 * methods table does not list them, found after the MRO lookup
 * (`list.__len__(x)`, `super().__setitem__(k, v)`). VALUE_NULL if none. */
value_t type_lookup_slot_wrapper(const Type *t, value_t name);

/* ---- User classes (class.c) ---------------------------------------------- */

/* type(name, bases, dict): a new heap type. */
value_t class_new(value_t name, value_t bases, value_t dict);
/* After t's dict changed at `name`: bump the versions of heap type t and
 * its subclasses, and recompute their slots if name is a dunder. */
void class_changed(Type *t, value_t name);
/* A new, uninitialised instance of user class cls (object.__new__); the
 * arguments matter only to subclasses of immutable types (int(*args)). */
value_t class_alloc(const Type *cls, int argc, const value_t *args, value_t kwnames);
value_t class_qualname(const Type *t);
value_t class_module(const Type *t);  /* str, or VALUE_NULL for built-in types */

#endif
