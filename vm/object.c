/*
 * object.c — the generic operations on values (obj_*), attribute lookup
 * and the descriptor protocol, calls and argument checking of built-in
 * functions, and the core's smallest types: object, type, NoneType, bool,
 * NotImplementedType, ellipsis and builtin_function_or_method.
 *
 * Every operation dispatches on the slots of the operand's Type (object.h).
 * User classes (class.c) fill their slots with functions that look the
 * dunder methods up, so this file never needs to know whether a type is
 * built in. The operator protocols follow CPython: binary operators try the
 * reflected operand first when its type is a proper subclass, comparisons
 * fall back to identity for == and !=.
 *
 * Built-in types list their methods in an AttrDef table; type_init turns it
 * into the type's dict at start-up. Dunder methods that a built-in type
 * implements only through a slot (`list.__len__`, `dict.__setitem__`) are
 * served on demand by the slot wrappers at the end of this file, so the
 * dicts stay small.
 */
#include <string.h>

#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "str.h"
#include "vm.h"

value_t obj_names[NAME_COUNT];
value_t obj_binop_names[OP_COUNT][3];

static const char *const name_texts[NAME_COUNT] = {
#define OBJ_NAME_TEXT(n) #n,
    OBJ_NAME_LIST(OBJ_NAME_TEXT)
#undef OBJ_NAME_TEXT
};

static const char *const binop_stems[OP_COUNT] = {
    "add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
    "lshift", "rshift", "and", "or", "xor", "matmul",
};
static const char *const binop_symbols[OP_COUNT] = {
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
};

/* Types of the immediates, indexed by (value >> 3) & 7 (value.h). */
const Type *const obj_imm_types[8] = {
    &type_NoneType, &type_bool, &type_NoneType, &type_bool,
    &type_ellipsis, &type_NotImplementedType, &type_NoneType, &type_NoneType,
};

static uint32_t version_counter;

uint32_t type_new_version(void) { return ++version_counter; }

/* ---- Types and subtyping ------------------------------------------------ */

value_t obj_type_value(value_t v) { return type_value(obj_type(v)); }

const char *obj_type_name(value_t v) { return obj_type(v)->cname; }

bool type_is_subtype(const Type *t, const Type *base)
{
    if (t == base || base == &type_object) return true;
    if (t->mro) {
        const Tuple *m = TUPLE(t->mro);
        for (uint32_t i = 1; i < m->len; i++)
            if ((const Type *)m->items[i] == base) return true;
        return false;
    }
    for (t = t->parent; t; t = t->parent)
        if (t == base) return true;
    return false;
}

bool obj_isinstance(value_t v, const Type *t) { return type_is_subtype(obj_type(v), t); }

static int subclass_of(const Type *t, value_t classinfo, const char *what)
{
    if (type_check(classinfo)) return type_is_subtype(t, (const Type *)classinfo);
    if (value_is_obj(classinfo) && OBJ(classinfo)->type == &type_tuple) {
        const Tuple *tu = TUPLE(classinfo);
        for (uint32_t i = 0; i < tu->len; i++) {
            int r = subclass_of(t, tu->items[i], what);
            if (r) return r;
        }
        return 0;
    }
    err_raise(&type_TypeError, "%s", what);
    return -1;
}

int obj_is_instance(value_t v, value_t classinfo)
{
    return subclass_of(obj_type(v), classinfo,
                       "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

int obj_is_subclass(value_t cls, value_t classinfo)
{
    if (!type_check(cls)) {
        err_raise(&type_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    return subclass_of((const Type *)cls, classinfo,
                       "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

/* ---- Type initialisation ------------------------------------------------ */

/* Everything the static types own in the heap (dicts, names, MROs) hangs
 * from this one list, a single GC root. */
static value_t static_type_refs;

static bool keep(value_t v) { return list_append(static_type_refs, v); }

static value_t mro_from_parents(const Type *t)
{
    size_t n = 0;
    for (const Type *p = t; p; p = p->parent) n++;
    value_t mro = tuple_new(n);
    if (!mro) return VALUE_NULL;
    n = 0;
    for (const Type *p = t; p; p = p->parent) TUPLE(mro)->items[n++] = type_value(p);
    return mro;
}

bool type_init(Type *t)
{
    if (t->dict) return true;
    t->base.type = &type_type;
    if (!t->parent && t != &type_object) t->parent = &type_object;
    t->solid = t;
    if (t->flags & TYPE_EXCEPTION) t->dict_offset = offsetof(Exception, dict);
    t->version = type_new_version();
    if (!(t->name = str_intern_cstr(t->cname))) return false;
    value_t d = dict_new(0);
    if (!d || !keep(d) || !keep(t->name)) return false;
    for (const AttrDef *a = t->methods; a && a->name; a++)
        if (!dict_set_cstr(d, a->name, a->value)) return false;
    value_t mro = mro_from_parents(t);
    value_t parent = type_value(t->parent);
    value_t bases = t->parent ? tuple_from(1, &parent) : tuple_empty;
    if (!mro || !bases || !keep(mro) || !keep(bases)) return false;
    t->mro = mro;
    t->bases = bases;
    t->dict = d;
    return true;
}

static Type *const object_types[] = {
    &type_object, &type_type, &type_NoneType, &type_bool, &type_NotImplementedType,
    &type_ellipsis, &type_builtin, &type_int, &type_float, &type_str, &type_str_iterator,
    &type_bytes, &type_bytearray, &type_bytes_iterator, &type_memoryview, &type_function, &type_boundmethod, &type_cell, &type_generator,
    &type_code, &type_staticmethod, &type_classmethod, &type_property, &type_module,
    &type_super, NULL,
};

static bool init_names(void)
{
    gc_add_root_range(obj_names, NAME_COUNT);
    gc_add_root_range(&obj_binop_names[0][0], OP_COUNT * 3);
    for (int i = 0; i < NAME_COUNT; i++)
        if (!(obj_names[i] = str_intern_cstr(name_texts[i]))) return false;
    char buf[24];
    static const char *const prefixes[3] = { "__", "__r", "__i" };
    for (int op = 0; op < OP_COUNT; op++) {
        for (int k = 0; k < 3; k++) {
            size_t n = strlen(prefixes[k]), m = strlen(binop_stems[op]);
            memcpy(buf, prefixes[k], n);
            memcpy(buf + n, binop_stems[op], m);
            memcpy(buf + n + m, "__", 3);
            if (!(obj_binop_names[op][k] = str_intern_cstr(buf))) return false;
        }
    }
    return true;
}

bool type_init_builtins(void)
{
    gc_add_root(&static_type_refs);
    if (!exc_init() || !(static_type_refs = list_new(0)) || !init_names()) return false;
    Type *const *const groups[] = { object_types, exc_types, container_types };
    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++)
        for (Type *const *t = groups[g]; *t; t++)
            if (!type_init(*t)) return false;
    return true;
}

/* ---- Attribute lookup --------------------------------------------------- */

value_t type_lookup_owner(const Type *t, value_t name, const Type **owner)
{
    if (!t->mro) {
        for (; t; t = t->parent) {
            value_t v = t->dict ? dict_get_str(t->dict, name) : VALUE_NULL;
            if (v) {
                if (owner) *owner = t;
                return v;
            }
        }
        return VALUE_NULL;
    }
    const Tuple *m = TUPLE(t->mro);
    for (uint32_t i = 0; i < m->len; i++) {
        const Type *k = (const Type *)m->items[i];
        value_t v = k->dict ? dict_get_str(k->dict, name) : VALUE_NULL;
        if (v) {
            if (owner) *owner = k;
            return v;
        }
    }
    return VALUE_NULL;
}

value_t type_lookup(const Type *t, value_t name) { return type_lookup_owner(t, name, NULL); }

value_t obj_instance_dict(value_t v, bool create)
{
    if (!value_is_obj(v)) return VALUE_NULL;
    const Type *t = OBJ(v)->type;
    if (!t->dict_offset) return VALUE_NULL;
    value_t *slot = (value_t *)((char *)v + t->dict_offset);
    if (!*slot && create) *slot = dict_new(0);
    return *slot;
}

value_t obj_generic_getattr(value_t obj, value_t name)
{
    const Type *t = obj_type(obj);
    value_t attr = type_lookup(t, name);
    const Type *at = attr ? obj_type(attr) : NULL;
    if (at && at->descr_set && at->descr_get) return at->descr_get(attr, obj, type_value(t));
    value_t d = obj_instance_dict(obj, false);
    if (d) {
        value_t v = dict_get_str(d, name);
        if (v) return v;
    }
    if (attr) {
        if (at == &type_builtin) return boundmethod_new(obj_unbox(obj), attr);
        if (at->flags & TYPE_METHOD) return boundmethod_new(obj, attr);
        if (at->descr_get) return at->descr_get(attr, obj, type_value(t));
        return attr;
    }
    if (name == NAME(__class__)) return type_value(t);
    if (name == NAME(__dict__) && t->dict_offset) return obj_instance_dict(obj, true);
    if ((attr = type_lookup_slot_wrapper(t, name))) return boundmethod_new(obj, attr);
    return err_raise(&type_AttributeError, "'%s' object has no attribute '%S'", t->cname, name);
}

bool obj_generic_setattr(value_t obj, value_t name, value_t v)
{
    const Type *t = obj_type(obj);
    value_t attr = type_lookup(t, name);
    if (attr && obj_type(attr)->descr_set) return obj_type(attr)->descr_set(attr, obj, v);
    if (!t->dict_offset) {
        if (attr)
            err_raise(&type_AttributeError, "'%s' object attribute '%S' is read-only", t->cname, name);
        else
            err_raise(&type_AttributeError, "'%s' object has no attribute '%S'", t->cname, name);
        return false;
    }
    value_t d = obj_instance_dict(obj, v != VALUE_NULL);
    if (v) return d && dict_set(d, name, v);
    int r = d ? dict_del(d, name) : 0;
    if (r == 0) err_raise(&type_AttributeError, "'%s' object has no attribute '%S'", t->cname, name);
    return r > 0;
}

value_t obj_getattr(value_t obj, value_t name)
{
    const Type *t = obj_type(obj);
    return t->getattr ? t->getattr(obj, name) : obj_generic_getattr(obj, name);
}

value_t obj_getattr_opt(value_t obj, value_t name)
{
    value_t v = obj_getattr(obj, name);
    if (v || !err_matches(&type_AttributeError)) return v;
    err_clear();
    return VALUE_UNBOUND;
}

bool obj_setattr(value_t obj, value_t name, value_t v)
{
    const Type *t = obj_type(obj);
    return t->setattr ? t->setattr(obj, name, v) : obj_generic_setattr(obj, name, v);
}

/* Method lookup on a class object: classmethods bind to the class without
 * a bound-method object, functions come back unbound. */
static bool load_class_method(value_t cls, value_t name, value_t out[2])
{
    value_t attr = type_lookup((const Type *)cls, name);
    if (!attr) return false;
    const Type *at = obj_type(attr);
    if (at == &type_classmethod) {
        out[0] = ((const MethodWrapper *)attr)->func;
        out[1] = cls;
    } else if (at == &type_staticmethod) {
        out[0] = ((const MethodWrapper *)attr)->func;
        out[1] = VALUE_NULL;
    } else if (at->flags & TYPE_METHOD) {
        out[0] = attr;
        out[1] = VALUE_NULL;
    } else {
        return false;
    }
    return true;
}

bool obj_load_method(value_t obj, value_t name, value_t out[2])
{
    const Type *t = obj_type(obj);
    if (t == &type_type) {
        if (load_class_method(obj, name, out)) return true;
    } else if (!t->getattr || (t->flags & (TYPE_HEAP | TYPE_EXCEPTION))) {
        value_t attr = type_lookup(t, name);
        if (attr && (obj_type(attr)->flags & TYPE_METHOD)) {
            value_t d = obj_instance_dict(obj, false);
            value_t v = d ? dict_get_str(d, name) : VALUE_NULL;
            out[0] = v ? v : attr;
            out[1] = v ? VALUE_NULL : obj_type(attr) == &type_builtin ? obj_unbox(obj) : obj;
            return true;
        }
    }
    out[1] = VALUE_NULL;
    return (out[0] = obj_getattr(obj, name)) != VALUE_NULL;
}

/* ---- repr, str, hash, truth --------------------------------------------- */

static void add_hex(StrBuf *b, uintptr_t p)
{
    char buf[2 + 2 * sizeof p + 1];
    int n = (int)sizeof buf - 1;
    buf[n] = 0;
    do {
        buf[--n] = "0123456789abcdef"[p & 15];
        p >>= 4;
    } while (p);
    buf[--n] = 'x';
    buf[--n] = '0';
    strbuf_add_cstr(b, buf + n);
}

/* "__main__.C" for user classes, "int" for built-in types. */
static void add_type_name(StrBuf *b, const Type *t)
{
    value_t mod = class_module(t);
    if (mod && str_check(mod) && strcmp(str_data(mod), "builtins") != 0) {
        strbuf_add(b, str_data(mod), str_len(mod));
        strbuf_add_char(b, '.');
    }
    value_t q = class_qualname(t);
    if (q && str_check(q)) strbuf_add(b, str_data(q), str_len(q));
    else strbuf_add_cstr(b, t->cname);
}

value_t obj_default_repr(value_t v)
{
    StrBuf b;
    strbuf_init(&b, 48);
    strbuf_add_char(&b, '<');
    add_type_name(&b, obj_type(v));
    strbuf_add_cstr(&b, " object at ");
    add_hex(&b, (uintptr_t)v);
    strbuf_add_char(&b, '>');
    return strbuf_finish(&b);
}

static value_t check_str_result(value_t r, const char *what)
{
    if (r && !str_check(r))
        return err_raise(&type_TypeError, "%s returned non-string (type %T)", what, r);
    return r;
}

value_t obj_repr(value_t v)
{
    const Type *t = obj_type(v);
    if (!t->repr) return obj_default_repr(v);
    return check_str_result(t->repr(v), "__repr__");
}

value_t obj_str(value_t v)
{
    const Type *t = obj_type(v);
    if (t == &type_str) return v;
    if (!t->str) return obj_repr(v);
    return check_str_result(t->str(v), "__str__");
}

/* CPython's integer hash: reduction modulo the Mersenne prime 2**61-1 (on
 * 64-bit hosts; 32-bit small ints are always below the modulus), and -1
 * is reserved. */
static small_int_t hash_small(small_int_t n)
{
#if INTPTR_MAX > 0x7fffffff
    const int64_t p = ((int64_t)1 << 61) - 1;
    int64_t m = n < 0 ? -n : n;
    if (m >= p) m %= p;
    n = n < 0 ? -m : m;
#endif
    return n == -1 ? -2 : n;
}

bool obj_hash(value_t v, small_int_t *out)
{
    if (value_is_int(v)) {
        *out = hash_small(value_to_small(v));
        return true;
    }
    if (str_check(v)) {
        *out = (small_int_t)str_hash(v);
        return true;
    }
    const Type *t = obj_type(v);
    if (!t->hash) {
        *out = (small_int_t)(v >> 3);
        return true;
    }
    value_t h = t->hash(v);
    if (!h) return false;
    if (!value_is_int(h)) {
        err_raise(&type_TypeError, "__hash__ method should return an integer");
        return false;
    }
    *out = value_to_small(h);
    return true;
}

int obj_truthy(value_t v)
{
    if (v == VALUE_TRUE) return 1;
    if (v == VALUE_FALSE || v == VALUE_NONE) return 0;
    if (value_is_int(v)) return value_to_small(v) != 0;
    const Type *t = obj_type(v);
    if (t->truthy) return t->truthy(v);
    if (t->len) {
        small_int_t n = t->len(v);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

/* ---- Operators ----------------------------------------------------------- */

value_t obj_binary(value_t a, value_t b, int op)
{
    const Type *ta = obj_type(a), *tb = obj_type(b);
    int base = op & ~OP_INPLACE;
    value_t r;
    if ((op & OP_INPLACE) && ta->binary) {
        r = ta->binary(a, b, op);
        if (r != VALUE_NOTIMPL) return r;
    }
    value_t (*sa)(value_t, value_t, int) = ta->binary;
    value_t (*sb)(value_t, value_t, int) = tb != ta ? tb->binary : NULL;
    if (sb == sa) sb = NULL;
    if (sa) {
        if (sb && type_is_subtype(tb, ta)) {
            r = sb(a, b, base);
            if (r != VALUE_NOTIMPL) return r;
            sb = NULL;
        }
        r = sa(a, b, base);
        if (r != VALUE_NOTIMPL) return r;
    }
    if (sb) {
        r = sb(a, b, base);
        if (r != VALUE_NOTIMPL) return r;
    }
    if (base == OP_POW && !(op & OP_INPLACE))
        return err_raise(&type_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                         ta->cname, tb->cname);
    return err_raise(&type_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                     binop_symbols[base], (op & OP_INPLACE) ? "=" : "", ta->cname, tb->cname);
}

value_t obj_unary(value_t a, int uop)
{
    const Type *t = obj_type(a);
    value_t r = t->unary ? t->unary(a, uop) : VALUE_NOTIMPL;
    if (r != VALUE_NOTIMPL) return r;
    static const char *const sym[] = { "-", "+", "~" };
    return err_raise(&type_TypeError, "bad operand type for unary %s: '%s'", sym[uop], t->cname);
}

value_t obj_abs(value_t v)
{
    if (v == VALUE_TRUE || v == VALUE_FALSE) return value_from_small(v == VALUE_TRUE);
    if (int_check(v) || float_check(v)) {
        int neg = obj_less(v, value_from_small(0));
        if (neg < 0) return VALUE_NULL;
        return neg ? obj_unary(v, UOP_NEG) : v;
    }
    value_t m = type_lookup(obj_type(v), NAME(__abs__));
    if (!m) return err_raise(&type_TypeError, "bad operand type for abs(): '%T'", v);
    return obj_call_with_self(m, v, 0, NULL, VALUE_NULL);
}

static const int cmp_swapped[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *const cmp_symbols[] = { "<", "<=", "==", "!=", ">", ">=" };

value_t obj_compare(value_t a, value_t b, int cmp)
{
    const Type *ta = obj_type(a), *tb = obj_type(b);
    bool reversed_tried = false;
    value_t r;
    if (ta != tb && tb->compare && type_is_subtype(tb, ta)) {
        r = tb->compare(b, a, cmp_swapped[cmp]);
        if (r != VALUE_NOTIMPL) return r;
        reversed_tried = true;
    }
    if (ta->compare) {
        r = ta->compare(a, b, cmp);
        if (r != VALUE_NOTIMPL) return r;
    }
    if (!reversed_tried && tb->compare) {
        r = tb->compare(b, a, cmp_swapped[cmp]);
        if (r != VALUE_NOTIMPL) return r;
    }
    if (cmp == CMP_EQ) return value_from_bool(a == b);
    if (cmp == CMP_NE) return value_from_bool(a != b);
    return err_raise(&type_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     cmp_symbols[cmp], ta->cname, tb->cname);
}

int obj_equal(value_t a, value_t b)
{
    if (a == b) return 1;
    if (value_is_int(a) && value_is_int(b)) return 0;
    if (str_check(a) && str_check(b)) return str_equal(a, b);
    value_t r = obj_compare(a, b, CMP_EQ);
    return r ? obj_truthy(r) : -1;
}

int obj_less(value_t a, value_t b)
{
    if (value_is_int(a) && value_is_int(b)) return value_to_small(a) < value_to_small(b);
    value_t r = obj_compare(a, b, CMP_LT);
    return r ? obj_truthy(r) : -1;
}

int obj_contains(value_t container, value_t item)
{
    const Type *t = obj_type(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter && !t->subscr) {
        err_raise(&type_TypeError, "argument of type '%s' is not iterable", t->cname);
        return -1;
    }
    return obj_contains_by_iter(container, item);
}

int obj_contains_by_iter(value_t container, value_t item)
{
    value_t it = obj_iter(container);
    if (!it) return -1;
    for (;;) {
        value_t x = obj_next(it);
        if (!x) return -1;
        if (x == VALUE_STOP) return 0;
        int eq = obj_equal(x, item);
        if (eq) return eq;
    }
}

/* ---- Calls --------------------------------------------------------------- */

value_t obj_call(value_t f, int argc, const value_t *args, value_t kwnames)
{
    const Type *t = obj_type(f);
    if (t == &type_builtin) return builtin_call((const Builtin *)f, argc, args, kwnames);
    if (t->call) return t->call(f, argc, args, kwnames);
    return err_raise(&type_TypeError, "'%s' object is not callable", t->cname);
}

value_t obj_call0(value_t f) { return obj_call(f, 0, NULL, VALUE_NULL); }
value_t obj_call1(value_t f, value_t a) { return obj_call(f, 1, &a, VALUE_NULL); }

value_t obj_call2(value_t f, value_t a, value_t b)
{
    value_t args[2] = { a, b };
    return obj_call(f, 2, args, VALUE_NULL);
}

static size_t kw_count(value_t kwnames)
{
    return kwnames ? TUPLE(kwnames)->len : 0;
}

value_t obj_call_with_self(value_t f, value_t self, int argc, const value_t *args, value_t kwnames)
{
    if (func_check(f)) return vm_call_method(f, self, argc, args, kwnames);
    size_t total = (size_t)argc + kw_count(kwnames);
    value_t small[8];
    value_t *all = small;
    if (total + 1 > 8 && !(all = gc_alloc((total + 1) * sizeof(value_t), 0))) return err_no_memory();
    all[0] = self;
    if (total) memcpy(all + 1, args, total * sizeof(value_t));
    return obj_call(f, argc + 1, all, kwnames);
}

value_t obj_call_method(value_t obj, value_t name, int argc, const value_t *args)
{
    value_t m[2];
    if (!obj_load_method(obj, name, m)) return VALUE_NULL;
    if (m[1]) return obj_call_with_self(m[0], m[1], argc, args, VALUE_NULL);
    return obj_call(m[0], argc, args, VALUE_NULL);
}

/* Methods of built-in types are named "type.method" by convention: their
 * messages then count arguments without self, as CPython's do. */
static const char *short_name(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot ? dot + 1 : name;
}

static value_t arity_error(const Builtin *b, int argc)
{
    int self = strchr(b->name, '.') != NULL;
    int given = argc - self, lo = b->min_args - self, hi = b->max_args - self;
    if (b->kind == BUILTIN_FIX0 || (b->kind <= BUILTIN_FIX3 && lo == 0))
        return err_raise(&type_TypeError, "%s() takes no arguments (%d given)", b->name, given);
    if (b->kind == BUILTIN_FIX1 || (b->kind <= BUILTIN_FIX3 && lo == 1))
        return err_raise(&type_TypeError, "%s() takes exactly one argument (%d given)", b->name, given);
    const char *name = short_name(b->name);
    if (lo == hi)
        return err_raise(&type_TypeError, "%s expected %d argument%s, got %d", name, lo,
                         lo == 1 ? "" : "s", given);
    if (given < lo)
        return err_raise(&type_TypeError, "%s expected at least %d argument%s, got %d", name, lo,
                         lo == 1 ? "" : "s", given);
    return err_raise(&type_TypeError, "%s expected at most %d argument%s, got %d", name, hi,
                     hi == 1 ? "" : "s", given);
}

value_t builtin_call(const Builtin *b, int argc, const value_t *args, value_t kwnames)
{
    if (b->kind == BUILTIN_KW) {
        int all = argc + (int)kw_count(kwnames);
        if ((b->max_args != ARGS_MANY && argc > b->max_args) || all < b->min_args)
            return arity_error(b, argc);
        return b->fn.fkw(argc, args, kwnames);
    }
    if (kwnames && kw_count(kwnames))
        return err_raise(&type_TypeError, "%s() takes no keyword arguments", b->name);
    if (argc < b->min_args || (b->max_args != ARGS_MANY && argc > b->max_args))
        return arity_error(b, argc);
    switch (b->kind) {
    case BUILTIN_FIX0: return b->fn.f0();
    case BUILTIN_FIX1: return b->fn.f1(args[0]);
    case BUILTIN_FIX2: return b->fn.f2(args[0], args[1]);
    case BUILTIN_FIX3: return b->fn.f3(args[0], args[1], args[2]);
    default: return b->fn.fv(argc, args);
    }
}

bool arg_check_no_kw(const char *fname, value_t kwnames)
{
    if (!kwnames || !kw_count(kwnames)) return true;
    err_raise(&type_TypeError, "%s() takes no keyword arguments", fname);
    return false;
}

bool arg_parse(const char *fname, int argc, const value_t *args, value_t kwnames,
               const char *const *names, int npos, value_t *out)
{
    int n = 0;
    while (names[n]) out[n++] = VALUE_NULL;
    if (argc > npos) {
        err_raise(&type_TypeError, "%s() takes at most %d positional argument%s (%d given)", fname,
                  npos, npos == 1 ? "" : "s", argc);
        return false;
    }
    for (int i = 0; i < argc; i++) out[i] = args[i];
    size_t nkw = kw_count(kwnames);
    for (size_t k = 0; k < nkw; k++) {
        value_t key = TUPLE(kwnames)->items[k];
        int i = 0;
        while (i < n && strcmp(names[i], str_data(key)) != 0) i++;
        if (i == n) {
            err_raise(&type_TypeError, "'%S' is an invalid keyword argument for %s()", key, fname);
            return false;
        }
        if (out[i]) {
            err_raise(&type_TypeError, "argument for %s() given by name ('%S') and position (%d)",
                      fname, key, i + 1);
            return false;
        }
        out[i] = args[argc + (int)k];
    }
    return true;
}

/* ---- Iteration, containers, buffers --------------------------------------- */

value_t obj_iter(value_t v)
{
    const Type *t = obj_type(v);
    if (t->iter) return t->iter(v);
    if (t->subscr) return iter_seq_new(v);
    return err_raise(&type_TypeError, "'%s' object is not iterable", t->cname);
}

value_t obj_next(value_t it)
{
    const Type *t = obj_type(it);
    if (t->next) return t->next(it);
    return err_raise(&type_TypeError, "'%s' object is not an iterator", t->cname);
}

small_int_t obj_len(value_t v)
{
    const Type *t = obj_type(v);
    if (t->len) return t->len(v);
    err_raise(&type_TypeError, "object of type '%s' has no len()", t->cname);
    return -1;
}

value_t obj_getitem(value_t obj, value_t key)
{
    const Type *t = obj_type(obj);
    if (t->subscr) return t->subscr(obj, key, VALUE_NULL);
    if (t == &type_type && (const Type *)obj == &type_type)
        return err_raise(&type_TypeError, "type '%s' is not subscriptable", ((const Type *)obj)->cname);
    return err_raise(&type_TypeError, "'%s' object is not subscriptable", t->cname);
}

bool obj_setitem(value_t obj, value_t key, value_t v)
{
    const Type *t = obj_type(obj);
    if (t->subscr) return t->subscr(obj, key, v) != VALUE_NULL;
    err_raise(&type_TypeError, "'%s' object does not support item assignment", t->cname);
    return false;
}

bool obj_delitem(value_t obj, value_t key)
{
    const Type *t = obj_type(obj);
    if (t->subscr) return t->subscr(obj, key, VALUE_UNBOUND) != VALUE_NULL;
    err_raise(&type_TypeError, "'%s' object doesn't support item deletion", t->cname);
    return false;
}

uint8_t *obj_buffer(value_t v, size_t *len, bool writable)
{
    const Type *t = obj_type(v);
    if (t->buffer) return t->buffer(v, len, writable);
    err_raise(&type_TypeError, "a bytes-like object is required, not '%s'", t->cname);
    return NULL;
}

bool obj_get_index(value_t v, small_int_t *out)
{
    v = obj_unbox(v);
    if (value_is_int(v)) {
        *out = value_to_small(v);
        return true;
    }
    if (v == VALUE_TRUE || v == VALUE_FALSE) {
        *out = v == VALUE_TRUE;
        return true;
    }
    if (int_check(v)) {
        int64_t n;
        if (!int_to_i64(v, &n) || n < INTPTR_MIN || n > INTPTR_MAX) {
            err_clear();
            err_raise(&type_IndexError, "cannot fit 'int' into an index-sized integer");
            return false;
        }
        *out = (small_int_t)n;
        return true;
    }
    const Type *t = obj_type(v);
    value_t m = (t->flags & TYPE_HEAP) ? type_lookup(t, NAME(__index__)) : VALUE_NULL;
    if (!m) {
        err_raise(&type_TypeError, "'%s' object cannot be interpreted as an integer", t->cname);
        return false;
    }
    value_t r = obj_call_with_self(m, v, 0, NULL, VALUE_NULL);
    if (!r) return false;
    if (!int_check(r)) {
        err_raise(&type_TypeError, "__index__ returned non-int (type %T)", r);
        return false;
    }
    return obj_get_index(r, out);
}

/* ---- object --------------------------------------------------------------- */

static value_t object_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (argc || kw_count(kwnames)) return err_raise(&type_TypeError, "object() takes no arguments");
    return (value_t)gc_new_object(sizeof(Object), cls);
}

/* object.__init__: extra arguments are an error unless a user __new__ took
 * them; list/dict/set subclasses fill their built-in part here, since
 * class.c creates them empty. */
static value_t object_init(int argc, const value_t *args, value_t kwnames)
{
    value_t self = args[0];
    const Type *t = obj_type(self);
    if (t->flags & TYPE_BOXED) return VALUE_NONE; /* the value came from the base's make */
    if (t->solid == &type_list || t->solid == &type_set) {
        if (!arg_check_no_kw(t->solid->cname, kwnames)) return VALUE_NULL;
        if (argc > 2)
            return err_raise(&type_TypeError, "%s expected at most 1 argument, got %d",
                             t->solid->cname, argc - 1);
        if (argc == 2) {
            bool ok = t->solid == &type_list ? list_extend(self, args[1]) : set_update(self, args[1]);
            if (!ok) return VALUE_NULL;
        }
        return VALUE_NONE;
    }
    if (t->solid == &type_dict) {
        if (argc > 2) return err_raise(&type_TypeError, "dict expected at most 1 argument, got %d", argc - 1);
        if (argc == 2 && !dict_update(self, args[1])) return VALUE_NULL;
        for (size_t k = 0; k < kw_count(kwnames); k++)
            if (!dict_set(self, TUPLE(kwnames)->items[k], args[argc + (int)k])) return VALUE_NULL;
        return VALUE_NONE;
    }
    if (argc > 1 || kw_count(kwnames)) {
        const Type *owner = NULL;
        type_lookup_owner(t, NAME(__init__), &owner);
        if (owner != &type_object)
            return err_raise(&type_TypeError,
                             "object.__init__() takes exactly one argument (the instance to initialize)");
        return err_raise(&type_TypeError, "%s() takes no arguments", t->cname);
    }
    return VALUE_NONE;
}

/* object.__new__(cls): a bare instance of a user class. */
static value_t object_new(int argc, const value_t *args)
{
    if (!type_check(args[0]))
        return err_raise(&type_TypeError, "object.__new__(X): X is not a type object (%T)", args[0]);
    const Type *cls = (const Type *)args[0];
    if (!(cls->flags & TYPE_HEAP)) return object_make(cls, 0, NULL, VALUE_NULL);
    return class_alloc(cls, argc - 1, args + 1, VALUE_NULL);
}

static value_t object_setattr(value_t self, value_t name, value_t v)
{
    if (!str_check(name))
        return err_raise(&type_TypeError, "attribute name must be string, not '%T'", name);
    return obj_generic_setattr(self, str_intern_value(name), v) ? VALUE_NONE : VALUE_NULL;
}

static value_t object_delattr(value_t self, value_t name)
{
    return object_setattr(self, name, VALUE_NULL);
}

static value_t object_getattribute(value_t self, value_t name)
{
    if (!str_check(name))
        return err_raise(&type_TypeError, "attribute name must be string, not '%T'", name);
    return obj_generic_getattr(self, str_intern_value(name));
}

static BUILTIN_KW(object_init_fn, "object.__init__", 1, ARGS_MANY, object_init);
static BUILTIN_VAR(object_new_fn, "object.__new__", 1, ARGS_MANY, object_new);
static STATIC_METHOD(object_new_sm, object_new_fn);
static BUILTIN_FIX(object_setattr_fn, "object.__setattr__", 3, object_setattr);
static BUILTIN_FIX(object_delattr_fn, "object.__delattr__", 2, object_delattr);
static BUILTIN_FIX(object_getattribute_fn, "object.__getattribute__", 2, object_getattribute);

static const AttrDef object_methods[] = {
    ATTR_OBJ("__init__", &object_init_fn),
    ATTR_OBJ("__new__", &object_new_sm),
    ATTR_OBJ("__setattr__", &object_setattr_fn),
    ATTR_OBJ("__delattr__", &object_delattr_fn),
    ATTR_OBJ("__getattribute__", &object_getattribute_fn),
    ATTR_END,
};

Type type_object = {
    .base = { &type_type },
    .cname = "object",
    .flags = TYPE_BASETYPE,
    .methods = object_methods,
    .make = object_make,
    .repr = obj_default_repr,
};

/* ---- type ------------------------------------------------------------------ */

static value_t type_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (argc == 1 && !kw_count(kwnames)) return obj_type_value(args[0]);
    if (argc == 3) return class_new(args[0], args[1], args[2]);
    return err_raise(&type_TypeError, "type() takes 1 or 3 arguments");
}

static value_t type_call(value_t self, int argc, const value_t *args, value_t kwnames)
{
    const Type *t = (const Type *)self;
    if (!t->make) return err_raise(&type_TypeError, "cannot create '%s' instances", t->cname);
    /* int(x) / float(x) of an instance of a subclass: its value (str(x)
     * must still see the subclass's __str__) */
    if (argc == 1 && t != &type_str && obj_type(args[0])->solid == t && (obj_type(args[0])->flags & TYPE_BOXED)) {
        value_t v = obj_unbox(args[0]);
        return t->make(t, 1, &v, kwnames);
    }
    return t->make(t, argc, args, kwnames);
}

static value_t type_repr(value_t self)
{
    StrBuf b;
    strbuf_init(&b, 32);
    strbuf_add_cstr(&b, "<class '");
    add_type_name(&b, (const Type *)self);
    strbuf_add_cstr(&b, "'>");
    return strbuf_finish(&b);
}

static value_t type_special_attr(const Type *t, value_t name)
{
    if (name == NAME(__name__)) return t->name;
    if (name == NAME(__qualname__)) return class_qualname(t);
    if (name == NAME(__module__)) {
        value_t m = class_module(t);
        return m ? m : NAME(builtins);
    }
    if (name == NAME(__dict__)) return t->dict;
    if (name == NAME(__mro__)) return t->mro;
    if (name == NAME(__bases__)) return t->bases;
    if (name == NAME(__base__)) return t->parent ? type_value(t->parent) : VALUE_NONE;
    if (name == NAME(__doc__)) return VALUE_NONE;
    if (name == NAME(__class__)) return type_value(&type_type);
    return VALUE_NULL;
}

static value_t type_getattr(value_t self, value_t name)
{
    const Type *t = (const Type *)self;
    value_t attr = type_lookup(t, name);
    if (attr) {
        const Type *at = obj_type(attr);
        if (!(at->flags & TYPE_METHOD) && at->descr_get) return at->descr_get(attr, VALUE_NULL, self);
        return attr;
    }
    if ((attr = type_special_attr(t, name))) return attr;
    if ((attr = type_lookup(&type_type, name))) {
        if (obj_type(attr)->flags & TYPE_METHOD) return boundmethod_new(self, attr);
        return attr;
    }
    if ((attr = type_lookup_slot_wrapper(t, name))) return attr;
    return err_raise(&type_AttributeError, "type object '%s' has no attribute '%S'", t->cname, name);
}

static bool type_setattr(value_t self, value_t name, value_t v)
{
    Type *t = (Type *)self;
    if (!(t->flags & TYPE_HEAP)) {
        err_raise(&type_TypeError, "cannot set '%S' attribute of immutable type '%s'", name, t->cname);
        return false;
    }
    if (v) {
        if (!dict_set(t->dict, name, v)) return false;
    } else {
        int r = dict_del(t->dict, name);
        if (r <= 0) {
            if (r == 0)
                err_raise(&type_AttributeError, "type object '%s' has no attribute '%S'", t->cname, name);
            return false;
        }
    }
    class_changed(t, name);
    return true;
}

static value_t type_mro(value_t self)
{
    return list_from_iter(((const Type *)self)->mro);
}

static BUILTIN_FIX(type_mro_fn, "type.mro", 1, type_mro);

static const AttrDef type_methods[] = {
    ATTR_OBJ("mro", &type_mro_fn),
    ATTR_END,
};

Type type_type = {
    .base = { &type_type },
    .cname = "type",
    .methods = type_methods,
    .make = type_make,
    .repr = type_repr,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
};

/* ---- None, NotImplemented, Ellipsis ---------------------------------------- */

static value_t singleton_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (argc || kw_count(kwnames)) return err_raise(&type_TypeError, "%s takes no arguments", cls->cname);
    if (cls == &type_NoneType) return VALUE_NONE;
    return cls == &type_ellipsis ? VALUE_ELLIPSIS : VALUE_NOTIMPL;
}

static value_t singleton_repr(value_t self)
{
    const char *s = self == VALUE_NONE ? "None" : self == VALUE_ELLIPSIS ? "Ellipsis" : "NotImplemented";
    return str_intern_cstr(s);
}

static int none_truthy(value_t self) { return 0; }

Type type_NoneType = {
    .base = { &type_type },
    .cname = "NoneType",
    .make = singleton_make,
    .repr = singleton_repr,
    .truthy = none_truthy,
};

Type type_NotImplementedType = {
    .base = { &type_type },
    .cname = "NotImplementedType",
    .make = singleton_make,
    .repr = singleton_repr,
};

Type type_ellipsis = {
    .base = { &type_type },
    .cname = "ellipsis",
    .make = singleton_make,
    .repr = singleton_repr,
};

/* ---- bool ------------------------------------------------------------------
 * A subclass of int: arithmetic converts to 0/1 and goes to int's slots
 * (so int.c never needs to know about bools); &, |, ^ of two bools stay bool. */

static bool bool_check(value_t v) { return v == VALUE_TRUE || v == VALUE_FALSE; }
static value_t bool_to_int(value_t v) { return bool_check(v) ? value_from_small(v == VALUE_TRUE) : v; }

static value_t bool_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (!arg_check_no_kw("bool", kwnames)) return VALUE_NULL;
    if (argc > 1) return err_raise(&type_TypeError, "bool expected at most 1 argument, got %d", argc);
    if (argc == 0) return VALUE_FALSE;
    int t = obj_truthy(args[0]);
    return t < 0 ? VALUE_NULL : value_from_bool(t);
}

static value_t bool_repr(value_t self) { return str_intern_cstr(self == VALUE_TRUE ? "True" : "False"); }
static value_t bool_hash(value_t self) { return value_from_small(self == VALUE_TRUE); }
static int bool_truthy(value_t self) { return self == VALUE_TRUE; }

/* The other operand's own slot, when it is a built-in type other than int
 * (float + True): tried with the bool already converted. */
static const Type *other_static(value_t a, value_t b)
{
    const Type *t = obj_type(bool_check(a) ? b : a);
    if (t == &type_int || t == &type_bool || (t->flags & TYPE_HEAP)) return NULL;
    return t;
}

static value_t bool_binary(value_t a, value_t b, int op)
{
    int base = op & ~OP_INPLACE;
    if (bool_check(a) && bool_check(b) && (base == OP_AND || base == OP_OR || base == OP_XOR)) {
        bool x = a == VALUE_TRUE, y = b == VALUE_TRUE;
        return value_from_bool(base == OP_AND ? x && y : base == OP_OR ? x || y : x != y);
    }
    value_t x = bool_to_int(a), y = bool_to_int(b);
    value_t r = type_int.binary ? type_int.binary(x, y, op) : VALUE_NOTIMPL;
    const Type *o = other_static(a, b);
    if (r == VALUE_NOTIMPL && o && o->binary) r = o->binary(x, y, op);
    return r;
}

static value_t bool_compare(value_t a, value_t b, int cmp)
{
    value_t x = bool_to_int(a), y = bool_to_int(b);
    value_t r = type_int.compare ? type_int.compare(x, y, cmp) : VALUE_NOTIMPL;
    const Type *o = other_static(a, b);
    if (r == VALUE_NOTIMPL && o && o->compare) r = o->compare(y, x, cmp_swapped[cmp]);
    return r;
}

static value_t bool_unary(value_t a, int uop)
{
    return type_int.unary ? type_int.unary(bool_to_int(a), uop) : VALUE_NOTIMPL;
}

Type type_bool = {
    .base = { &type_type },
    .cname = "bool",
    .parent = &type_int,
    .make = bool_make,
    .repr = bool_repr,
    .hash = bool_hash,
    .compare = bool_compare,
    .binary = bool_binary,
    .unary = bool_unary,
    .truthy = bool_truthy,
};

/* ---- builtin_function_or_method ---------------------------------------------- */

static value_t builtin_call_slot(value_t self, int argc, const value_t *args, value_t kwnames)
{
    return builtin_call((const Builtin *)self, argc, args, kwnames);
}

static value_t builtin_repr(value_t self)
{
    StrBuf b;
    strbuf_init(&b, 32);
    strbuf_add_cstr(&b, "<built-in function ");
    strbuf_add_cstr(&b, short_name(((const Builtin *)self)->name));
    strbuf_add_char(&b, '>');
    return strbuf_finish(&b);
}

static value_t builtin_getattr(value_t self, value_t name)
{
    const Builtin *b = (const Builtin *)self;
    if (name == NAME(__name__)) return str_intern_cstr(short_name(b->name));
    if (name == NAME(__qualname__)) return str_intern_cstr(b->name);
    if (name == NAME(__doc__) || name == NAME(__self__)) return VALUE_NONE;
    if (name == NAME(__module__)) return NAME(builtins);
    return obj_generic_getattr(self, name);
}

Type type_builtin = {
    .base = { &type_type },
    .cname = "builtin_function_or_method",
    .flags = TYPE_METHOD,
    .repr = builtin_repr,
    .call = builtin_call_slot,
    .getattr = builtin_getattr,
};

/* ---- Slot wrappers -------------------------------------------------------------
 * `list.__len__`, `super().__setitem__(k, v)`, `object.__eq__`...: a
 * Builtin per dunder that calls the slot of the nearest built-in type of
 * self that has it. Looked up only when the MRO has no such attribute. */

/* The nearest built-in type in t's chain whose slot at byte offset `off` is set. */
static const Type *static_with_slot(const Type *t, size_t off)
{
    for (t = t->solid ? t->solid : t; t; t = t->parent) {
        void (*const *fp)(void) = (void (*const *)(void))((const char *)t + off);
        if (*fp) return t;
    }
    return NULL;
}

#define SLOT_OF(v, field) static_with_slot(obj_type(v), offsetof(Type, field))

/* Wrappers apply built-in slots, which want the value of a Boxed instance. */
#define UNBOX(v) ((v) = obj_unbox(v))

static value_t w_repr(value_t self)
{
    UNBOX(self);
    const Type *t = SLOT_OF(self, repr);
    return t ? check_str_result(t->repr(self), "__repr__") : obj_default_repr(self);
}

static value_t w_str(value_t self)
{
    UNBOX(self);
    const Type *t = SLOT_OF(self, str);
    return t ? check_str_result(t->str(self), "__str__") : w_repr(self);
}

static value_t w_hash(value_t self)
{
    UNBOX(self);
    const Type *t = SLOT_OF(self, hash);
    return t ? t->hash(self) : value_from_small((small_int_t)(self >> 3) & SMALL_INT_MAX);
}

static value_t w_compare(value_t a, value_t b, int cmp)
{
    UNBOX(a);
    UNBOX(b);
    const Type *t = SLOT_OF(a, compare);
    if (t) return t->compare(a, b, cmp);
    if (cmp == CMP_EQ) return a == b ? VALUE_TRUE : VALUE_NOTIMPL;
    if (cmp == CMP_NE) return a == b ? VALUE_FALSE : VALUE_NOTIMPL;
    return VALUE_NOTIMPL;
}

static value_t w_binary(value_t a, value_t b, int op, bool reflected)
{
    UNBOX(a);
    UNBOX(b);
    const Type *t = SLOT_OF(reflected ? b : a, binary);
    if (!t) return VALUE_NOTIMPL;
    return reflected ? t->binary(b, a, op) : t->binary(a, b, op);
}

static value_t w_unary(value_t a, int uop)
{
    UNBOX(a);
    const Type *t = SLOT_OF(a, unary);
    return t ? t->unary(a, uop) : VALUE_NOTIMPL;
}

static value_t w_bool(value_t self)
{
    UNBOX(self);
    const Type *t = SLOT_OF(self, truthy);
    int r = t ? t->truthy(self) : 1;
    return r < 0 ? VALUE_NULL : value_from_bool(r);
}

static value_t w_len(value_t self)
{
    UNBOX(self);
    const Type *t = SLOT_OF(self, len);
    small_int_t n = t ? t->len(self) : obj_len(self);
    return n < 0 ? VALUE_NULL : value_from_small(n);
}

static value_t w_iter(value_t self)
{
    UNBOX(self);
    const Type *t = SLOT_OF(self, iter);
    return t ? t->iter(self) : obj_iter(self);
}

static value_t w_next(value_t self)
{
    UNBOX(self);
    const Type *t = SLOT_OF(self, next);
    value_t r = t ? t->next(self) : obj_next(self);
    return r == VALUE_STOP ? err_raise_value(type_value(&type_StopIteration)) : r;
}

static value_t w_subscr(value_t self, value_t key, value_t v)
{
    UNBOX(self);
    const Type *t = SLOT_OF(self, subscr);
    if (!t) {
        if (v == VALUE_NULL) return obj_getitem(self, key);
        return (v == VALUE_UNBOUND ? obj_delitem(self, key) : obj_setitem(self, key, v)) ? VALUE_NONE : VALUE_NULL;
    }
    return t->subscr(self, key, v);
}

static value_t w_getitem(value_t self, value_t key) { return w_subscr(self, key, VALUE_NULL); }
static value_t w_setitem(value_t self, value_t key, value_t v) { return w_subscr(self, key, v); }
static value_t w_delitem(value_t self, value_t key) { return w_subscr(self, key, VALUE_UNBOUND); }

static value_t w_contains(value_t self, value_t item)
{
    UNBOX(self);
    const Type *t = SLOT_OF(self, contains);
    int r = t ? t->contains(self, item) : obj_contains(self, item);
    return r < 0 ? VALUE_NULL : value_from_bool(r);
}

#define CMP_WRAPPER(n, cmp) \
    static value_t w_##n(value_t a, value_t b) { return w_compare(a, b, cmp); } \
    static BUILTIN_FIX(wb_##n, #n, 2, w_##n);
CMP_WRAPPER(__lt__, CMP_LT)
CMP_WRAPPER(__le__, CMP_LE)
CMP_WRAPPER(__eq__, CMP_EQ)
CMP_WRAPPER(__ne__, CMP_NE)
CMP_WRAPPER(__gt__, CMP_GT)
CMP_WRAPPER(__ge__, CMP_GE)

#define UNARY_WRAPPER(n, uop) \
    static value_t w_##n(value_t a) { return w_unary(a, uop); } \
    static BUILTIN_FIX(wb_##n, #n, 1, w_##n);
UNARY_WRAPPER(__neg__, UOP_NEG)
UNARY_WRAPPER(__pos__, UOP_POS)
UNARY_WRAPPER(__invert__, UOP_INVERT)

#define BIN_WRAPPER(stem, op) \
    static value_t w_##stem(value_t a, value_t b) { return w_binary(a, b, op, false); } \
    static value_t w_r##stem(value_t a, value_t b) { return w_binary(a, b, op, true); } \
    static BUILTIN_FIX(wb_##stem, "__" #stem "__", 2, w_##stem); \
    static BUILTIN_FIX(wb_r##stem, "__r" #stem "__", 2, w_r##stem);
BIN_WRAPPER(add, OP_ADD)
BIN_WRAPPER(sub, OP_SUB)
BIN_WRAPPER(mul, OP_MUL)
BIN_WRAPPER(truediv, OP_TRUEDIV)
BIN_WRAPPER(floordiv, OP_FLOORDIV)
BIN_WRAPPER(mod, OP_MOD)
BIN_WRAPPER(pow, OP_POW)
BIN_WRAPPER(lshift, OP_LSHIFT)
BIN_WRAPPER(rshift, OP_RSHIFT)
BIN_WRAPPER(and, OP_AND)
BIN_WRAPPER(or, OP_OR)
BIN_WRAPPER(xor, OP_XOR)
BIN_WRAPPER(matmul, OP_MATMUL)

static BUILTIN_FIX(wb___repr__, "__repr__", 1, w_repr);
static BUILTIN_FIX(wb___str__, "__str__", 1, w_str);
static BUILTIN_FIX(wb___hash__, "__hash__", 1, w_hash);
static BUILTIN_FIX(wb___bool__, "__bool__", 1, w_bool);
static BUILTIN_FIX(wb___len__, "__len__", 1, w_len);
static BUILTIN_FIX(wb___iter__, "__iter__", 1, w_iter);
static BUILTIN_FIX(wb___next__, "__next__", 1, w_next);
static BUILTIN_FIX(wb___getitem__, "__getitem__", 2, w_getitem);
static BUILTIN_FIX(wb___setitem__, "__setitem__", 3, w_setitem);
static BUILTIN_FIX(wb___delitem__, "__delitem__", 2, w_delitem);
static BUILTIN_FIX(wb___contains__, "__contains__", 2, w_contains);

/* Dunder name, its wrapper, and the slot that must exist in the type's
 * chain (SIZE_MAX: always available, object provides a default). */
typedef struct SlotWrapper {
    int name;
    const Builtin *wrapper;
    size_t slot;
} SlotWrapper;

#define ALWAYS ((size_t)-1)
static const SlotWrapper slot_wrappers[] = {
    { NAME___repr__, &wb___repr__, ALWAYS },
    { NAME___str__, &wb___str__, ALWAYS },
    { NAME___hash__, &wb___hash__, ALWAYS },
    { NAME___eq__, &wb___eq__, ALWAYS },
    { NAME___ne__, &wb___ne__, ALWAYS },
    { NAME___lt__, &wb___lt__, offsetof(Type, compare) },
    { NAME___le__, &wb___le__, offsetof(Type, compare) },
    { NAME___gt__, &wb___gt__, offsetof(Type, compare) },
    { NAME___ge__, &wb___ge__, offsetof(Type, compare) },
    { NAME___neg__, &wb___neg__, offsetof(Type, unary) },
    { NAME___pos__, &wb___pos__, offsetof(Type, unary) },
    { NAME___invert__, &wb___invert__, offsetof(Type, unary) },
    { NAME___bool__, &wb___bool__, offsetof(Type, truthy) },
    { NAME___len__, &wb___len__, offsetof(Type, len) },
    { NAME___iter__, &wb___iter__, offsetof(Type, iter) },
    { NAME___next__, &wb___next__, offsetof(Type, next) },
    { NAME___getitem__, &wb___getitem__, offsetof(Type, subscr) },
    { NAME___setitem__, &wb___setitem__, offsetof(Type, subscr) },
    { NAME___delitem__, &wb___delitem__, offsetof(Type, subscr) },
    { NAME___contains__, &wb___contains__, offsetof(Type, contains) },
};

static const Builtin *const binary_wrappers[OP_COUNT][2] = {
    { &wb_add, &wb_radd }, { &wb_sub, &wb_rsub }, { &wb_mul, &wb_rmul },
    { &wb_truediv, &wb_rtruediv }, { &wb_floordiv, &wb_rfloordiv }, { &wb_mod, &wb_rmod },
    { &wb_pow, &wb_rpow }, { &wb_lshift, &wb_rlshift }, { &wb_rshift, &wb_rrshift },
    { &wb_and, &wb_rand }, { &wb_or, &wb_ror }, { &wb_xor, &wb_rxor },
    { &wb_matmul, &wb_rmatmul },
};

value_t type_lookup_slot_wrapper(const Type *t, value_t name)
{
    for (size_t i = 0; i < sizeof slot_wrappers / sizeof slot_wrappers[0]; i++) {
        const SlotWrapper *w = &slot_wrappers[i];
        if (obj_names[w->name] != name) continue;
        if (w->slot != ALWAYS && !static_with_slot(t, w->slot)) return VALUE_NULL;
        return (value_t)w->wrapper;
    }
    if (!static_with_slot(t, offsetof(Type, binary))) return VALUE_NULL;
    for (int op = 0; op < OP_COUNT; op++)
        for (int k = 0; k < 2; k++)
            if (obj_binop_names[op][k] == name) return (value_t)binary_wrappers[op][k];
    return VALUE_NULL;
}
