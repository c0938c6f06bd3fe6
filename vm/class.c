/*
 * class.c — user classes: the class statement (__build_class__), type(name,
 * bases, dict), instance creation, the slots that route operators to dunder
 * methods, super(), property, staticmethod and classmethod.
 *
 * A class is a heap Type. Its instances take the layout of its "solid"
 * base, the nearest built-in type in the MRO: object gives an Instance
 * (dict at word 1), exception types give an Exception (err.h), and list,
 * dict and set subclasses keep their base layout with the dict word
 * appended (Type.dict_offset), and subclasses of int, float, str, bytes,
 * tuple and frozenset box a value of the base type (Boxed, object.h),
 * since those values are tagged words or variable-sized objects. Other
 * built-in types cannot be subclassed (TypeError).
 *
 * Slots are filled like CPython's: a slot gets the dunder-calling function
 * below only when a class in the MRO defines one of its dunder methods,
 * otherwise it keeps the solid base's slot (so `callable()`, iteration and
 * truth testing see what the class really supports). Assigning a class
 * attribute recomputes the slots and bumps the version (inline caches) of
 * the class and all its subclasses, which each class keeps in a list
 * (classes are therefore never collected once subclassed).
 */
#include <string.h>

#include "dict.h"
#include "err.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "str.h"
#include "vm.h"

static bool is_heap(const Type *t) { return (t->flags & TYPE_HEAP) != 0; }

value_t class_qualname(const Type *t)
{
    value_t q = is_heap(t) ? dict_get_str(t->dict, NAME(__qualname__)) : VALUE_NULL;
    return q && str_check(q) ? q : t->name;
}

value_t class_module(const Type *t)
{
    return is_heap(t) ? dict_get_str(t->dict, NAME(__module__)) : VALUE_NULL;
}

/* ---- Calling dunder methods ---------------------------------------------- */

static value_t lookup(value_t self, value_t name) { return type_lookup(obj_type(self), name); }

/* m(self, *args) for a method m found on self's type. */
static value_t call_method(value_t self, value_t m, int argc, const value_t *args)
{
    const Type *mt = obj_type(m);
    if (mt->flags & TYPE_METHOD) return obj_call_with_self(m, self, argc, args, VALUE_NULL);
    if (mt->descr_get && !(m = mt->descr_get(m, self, obj_type_value(self)))) return VALUE_NULL;
    return obj_call(m, argc, args, VALUE_NULL);
}

static value_t call_method1(value_t self, value_t m, value_t arg) { return call_method(self, m, 1, &arg); }

static value_t slot_repr(value_t self)
{
    value_t m = lookup(self, NAME(__repr__));
    return m ? call_method(self, m, 0, NULL) : obj_default_repr(self);
}

static value_t slot_str(value_t self)
{
    value_t m = lookup(self, NAME(__str__));
    return m ? call_method(self, m, 0, NULL) : obj_repr(self);
}

static value_t slot_hash(value_t self)
{
    value_t m = lookup(self, NAME(__hash__));
    if (m == VALUE_NONE) return err_raise(&type_TypeError, "unhashable type: '%T'", self);
    if (!m) return value_from_small((small_int_t)(self >> 3) & SMALL_INT_MAX);
    value_t r = call_method(self, m, 0, NULL);
    if (!r || value_is_int(r)) return r;
    small_int_t h;
    if (!int_check(r)) return err_raise(&type_TypeError, "__hash__ method should return an integer");
    return obj_hash(r, &h) ? value_from_small(h) : VALUE_NULL;
}

static const int cmp_names[] = { NAME___lt__, NAME___le__, NAME___eq__, NAME___ne__, NAME___gt__, NAME___ge__ };

static value_t slot_compare(value_t a, value_t b, int cmp)
{
    value_t m = lookup(a, obj_names[cmp_names[cmp]]);
    if (m) return call_method1(a, m, b);
    if (cmp == CMP_NE && (m = lookup(a, NAME(__eq__)))) {
        value_t r = call_method1(a, m, b);
        if (!r || r == VALUE_NOTIMPL) return r;
        int t = obj_truthy(r);
        return t < 0 ? VALUE_NULL : value_from_bool(!t);
    }
    const Type *s = obj_type(a)->solid;
    return s->compare ? s->compare(a, b, cmp) : VALUE_NOTIMPL;
}

/* CPython's order: a.__op__(b), then b.__rop__(a); b first when its class
 * is a proper subclass of a's that overrides __rop__. */
static value_t slot_binary(value_t a, value_t b, int op)
{
    const Type *ta = obj_type(a), *tb = obj_type(b);
    int base = op & ~OP_INPLACE;
    value_t r;
    if (op & OP_INPLACE) {
        value_t m = type_lookup(ta, obj_binop_names[base][2]);
        if (m) return call_method1(a, m, b);
        return ta->solid->binary ? ta->solid->binary(a, b, op) : VALUE_NOTIMPL;
    }
    bool a_heap = ta->binary == slot_binary, b_heap = tb != ta && tb->binary == slot_binary;
    value_t fa = a_heap ? type_lookup(ta, obj_binop_names[base][0]) : VALUE_NULL;
    value_t rb = b_heap ? type_lookup(tb, obj_binop_names[base][1]) : VALUE_NULL;
    if (fa) {
        if (rb && type_is_subtype(tb, ta) && rb != type_lookup(ta, obj_binop_names[base][1])) {
            if ((r = call_method1(b, rb, a)) != VALUE_NOTIMPL) return r;
            rb = VALUE_NULL;
        }
        if ((r = call_method1(a, fa, b)) != VALUE_NOTIMPL) return r;
    } else if (a_heap && ta->solid->binary) {
        if ((r = ta->solid->binary(a, b, op)) != VALUE_NOTIMPL) return r;
    }
    if (rb) return call_method1(b, rb, a);
    if (b_heap && tb->solid->binary) return tb->solid->binary(a, b, op);
    return VALUE_NOTIMPL;
}

static const int unary_names[] = { NAME___neg__, NAME___pos__, NAME___invert__ };

static value_t slot_unary(value_t a, int uop)
{
    value_t m = lookup(a, obj_names[unary_names[uop]]);
    if (m) return call_method(a, m, 0, NULL);
    const Type *s = obj_type(a)->solid;
    return s->unary ? s->unary(a, uop) : VALUE_NOTIMPL;
}

/* The result of __len__ as a size: CPython's checks and messages. */
static small_int_t len_result(value_t r)
{
    if (!r) return -1;
    small_int_t n;
    if (!value_is_int(r)) {
        if (int_check(r)) err_raise(&type_OverflowError, "cannot fit 'int' into an index-sized integer");
        else err_raise(&type_TypeError, "'%T' object cannot be interpreted as an integer", r);
        return -1;
    }
    n = value_to_small(r);
    if (n < 0) err_raise(&type_ValueError, "__len__() should return >= 0");
    return n < 0 ? -1 : n;
}

static small_int_t slot_len(value_t self)
{
    value_t m = lookup(self, NAME(__len__));
    if (m) return len_result(call_method(self, m, 0, NULL));
    const Type *s = obj_type(self)->solid;
    if (s->len) return s->len(self);
    err_raise(&type_TypeError, "object of type '%T' has no len()", self);
    return -1;
}

static int slot_truthy(value_t self)
{
    value_t m = lookup(self, NAME(__bool__));
    if (m) {
        value_t r = call_method(self, m, 0, NULL);
        if (!r) return -1;
        if (r != VALUE_TRUE && r != VALUE_FALSE) {
            err_raise(&type_TypeError, "__bool__ should return bool, returned %T", r);
            return -1;
        }
        return r == VALUE_TRUE;
    }
    if (lookup(self, NAME(__len__))) {
        small_int_t n = slot_len(self);
        return n < 0 ? -1 : n != 0;
    }
    const Type *s = obj_type(self)->solid;
    if (s->truthy) return s->truthy(self);
    if (s->len) {
        small_int_t n = s->len(self);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

static value_t slot_call(value_t self, int argc, const value_t *args, value_t kwnames)
{
    value_t m = lookup(self, NAME(__call__));
    if (!m) return err_raise(&type_TypeError, "'%T' object is not callable", self);
    if (!(obj_type(m)->flags & TYPE_METHOD)) {
        const Type *mt = obj_type(m);
        if (mt->descr_get && !(m = mt->descr_get(m, self, obj_type_value(self)))) return VALUE_NULL;
        return obj_call(m, argc, args, kwnames);
    }
    return obj_call_with_self(m, self, argc, args, kwnames);
}

/* __getattr__ is the fallback after the normal lookup fails. */
static value_t slot_getattr(value_t self, value_t name)
{
    const Type *s = obj_type(self)->solid;
    value_t r = s->getattr ? s->getattr(self, name) : obj_generic_getattr(self, name);
    if (r || !err_matches(&type_AttributeError)) return r;
    value_t m = lookup(self, NAME(__getattr__));
    if (!m) return VALUE_NULL;
    err_clear();
    return call_method1(self, m, name);
}

static bool slot_setattr(value_t self, value_t name, value_t v)
{
    const Type *owner = NULL;
    value_t m = type_lookup_owner(obj_type(self), v ? NAME(__setattr__) : NAME(__delattr__), &owner);
    if (!m || !is_heap(owner)) {
        const Type *s = obj_type(self)->solid;
        return s->setattr ? s->setattr(self, name, v) : obj_generic_setattr(self, name, v);
    }
    value_t args[2] = { name, v };
    return call_method(self, m, v ? 2 : 1, args) != VALUE_NULL;
}

static value_t slot_iter(value_t self)
{
    value_t m = lookup(self, NAME(__iter__));
    if (!m || m == VALUE_NONE) {
        const Type *s = obj_type(self)->solid;
        if (!m && s->iter) return s->iter(self);
        return err_raise(&type_TypeError, "'%T' object is not iterable", self);
    }
    value_t r = call_method(self, m, 0, NULL);
    if (r && !obj_type(r)->next)
        return err_raise(&type_TypeError, "iter() returned non-iterator of type '%T'", r);
    return r;
}

static value_t slot_next(value_t self)
{
    value_t m = lookup(self, NAME(__next__));
    if (!m) return err_raise(&type_TypeError, "'%T' object is not an iterator", self);
    value_t r = call_method(self, m, 0, NULL);
    if (!r && err_matches(&type_StopIteration)) {
        err_clear();
        return VALUE_STOP;
    }
    return r;
}

static value_t slot_subscr(value_t self, value_t key, value_t v)
{
    value_t name = v == VALUE_NULL ? NAME(__getitem__) : v == VALUE_UNBOUND ? NAME(__delitem__) : NAME(__setitem__);
    value_t m = lookup(self, name);
    if (!m) {
        const Type *s = obj_type(self)->solid;
        if (s->subscr) return s->subscr(self, key, v);
        if (v == VALUE_NULL) return err_raise(&type_TypeError, "'%T' object is not subscriptable", self);
        if (v == VALUE_UNBOUND)
            return err_raise(&type_TypeError, "'%T' object doesn't support item deletion", self);
        return err_raise(&type_TypeError, "'%T' object does not support item assignment", self);
    }
    value_t args[2] = { key, v };
    value_t r = call_method(self, m, v == VALUE_NULL || v == VALUE_UNBOUND ? 1 : 2, args);
    return r && v != VALUE_NULL ? VALUE_NONE : r;
}

static int slot_contains(value_t self, value_t item)
{
    value_t m = lookup(self, NAME(__contains__));
    if (!m) {
        const Type *s = obj_type(self)->solid;
        return s->contains ? s->contains(self, item) : obj_contains_by_iter(self, item);
    }
    value_t r = call_method1(self, m, item);
    return r ? obj_truthy(r) : -1;
}

static value_t slot_descr_get(value_t descr, value_t obj, value_t owner)
{
    value_t m = lookup(descr, NAME(__get__));
    if (!m) return descr;
    value_t args[2] = { obj ? obj : VALUE_NONE, owner ? owner : VALUE_NONE };
    return call_method(descr, m, 2, args);
}

static bool slot_descr_set(value_t descr, value_t obj, value_t v)
{
    value_t m = lookup(descr, v ? NAME(__set__) : NAME(__delete__));
    if (!m) {
        err_raise(&type_AttributeError, v ? "__set__" : "__delete__");
        return false;
    }
    value_t args[2] = { obj, v };
    return call_method(descr, m, v ? 2 : 1, args) != VALUE_NULL;
}

/* ---- Boxed instances: the base type's slot applied to the boxed value ---- */

static value_t box_repr(value_t self) { return obj_repr(obj_unbox(self)); }
static value_t box_str(value_t self) { return obj_str(obj_unbox(self)); }

static value_t box_hash(value_t self)
{
    small_int_t h;
    return obj_hash(obj_unbox(self), &h) ? value_from_small(h) : VALUE_NULL;
}

static value_t box_compare(value_t a, value_t b, int cmp)
{
    return obj_compare(obj_unbox(a), obj_unbox(b), cmp);
}

/* The unboxed operands go to the built-in slots only; a user class on
 * the other side gets its turn from obj_binary with the original values. */
static value_t box_binary(value_t a, value_t b, int op)
{
    value_t x = obj_unbox(a), y = obj_unbox(b);
    const Type *tx = obj_type(x), *ty = obj_type(y);
    value_t r = tx->binary && !is_heap(tx) ? tx->binary(x, y, op) : VALUE_NOTIMPL;
    if (r == VALUE_NOTIMPL && ty != tx && ty->binary && !is_heap(ty)) r = ty->binary(x, y, op);
    return r;
}

static value_t box_unary(value_t a, int uop) { return obj_unary(obj_unbox(a), uop); }
static int box_truthy(value_t self) { return obj_truthy(obj_unbox(self)); }
static small_int_t box_len(value_t self) { return obj_len(obj_unbox(self)); }
static value_t box_iter(value_t self) { return obj_iter(obj_unbox(self)); }

static value_t box_subscr(value_t self, value_t key, value_t v)
{
    value_t x = obj_unbox(self);
    return obj_type(x)->subscr(x, key, v);
}

static int box_contains(value_t self, value_t item) { return obj_contains(obj_unbox(self), item); }

static uint8_t *box_buffer(value_t self, size_t *len, bool writable)
{
    return obj_buffer(obj_unbox(self), len, writable);
}

/* ---- Slot selection ------------------------------------------------------- */

static bool heap_defines(const Type *t, value_t name)
{
    const Type *owner = NULL;
    return type_lookup_owner(t, name, &owner) && is_heap(owner);
}

static bool heap_defines_any(const Type *t, const int *names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (heap_defines(t, obj_names[names[i]])) return true;
    return false;
}

static bool heap_defines_binary(const Type *t)
{
    for (int op = 0; op < OP_COUNT; op++)
        for (int k = 0; k < 3; k++)
            if (heap_defines(t, obj_binop_names[op][k])) return true;
    return false;
}

/* slot = the dunder caller when the class defines it; else the solid
 * base's slot, which boxed instances reach through the box_ function
 * (NULL when the base has no such slot either). */
#define PICK(slot, cond, fn, boxfn) \
    t->slot = (cond) ? fn : !boxed ? s->slot : s->slot ? (__typeof__(t->slot))(boxfn) : NULL
#define DEFINES(n) heap_defines(t, NAME(n))
#define DEFINES_ANY(...) \
    heap_defines_any(t, (const int[]){ __VA_ARGS__ }, sizeof((const int[]){ __VA_ARGS__ }) / sizeof(int))

static void fix_slots(Type *t)
{
    const Type *s = t->solid;
    bool boxed = (t->flags & TYPE_BOXED) != 0;
    PICK(repr, DEFINES(__repr__), slot_repr, box_repr);
    /* a str subclass prints as its text even though str needs no str slot */
    PICK(str, DEFINES(__str__), slot_str, box_str);
    if (boxed && s == &type_str && !t->str) t->str = box_str;
    PICK(hash, DEFINES(__hash__), slot_hash, box_hash);
    if (boxed && t->hash != slot_hash) t->hash = box_hash;
    PICK(compare, DEFINES_ANY(NAME___lt__, NAME___le__, NAME___eq__, NAME___ne__, NAME___gt__, NAME___ge__),
         slot_compare, box_compare);
    if (boxed && !t->compare) t->compare = box_compare;
    PICK(binary, heap_defines_binary(t), slot_binary, box_binary);
    PICK(unary, DEFINES_ANY(NAME___neg__, NAME___pos__, NAME___invert__), slot_unary, box_unary);
    PICK(truthy, DEFINES_ANY(NAME___bool__, NAME___len__), slot_truthy, box_truthy);
    if (boxed && !t->truthy) t->truthy = box_truthy;
    PICK(len, DEFINES(__len__), slot_len, box_len);
    PICK(call, DEFINES(__call__), slot_call, NULL);
    PICK(getattr, DEFINES(__getattr__), slot_getattr, NULL);
    PICK(setattr, DEFINES_ANY(NAME___setattr__, NAME___delattr__), slot_setattr, NULL);
    PICK(iter, DEFINES(__iter__), slot_iter, box_iter);
    PICK(next, DEFINES(__next__), slot_next, NULL);
    PICK(subscr, DEFINES_ANY(NAME___getitem__, NAME___setitem__, NAME___delitem__), slot_subscr, box_subscr);
    PICK(contains, DEFINES(__contains__), slot_contains, box_contains);
    PICK(descr_get, DEFINES(__get__), slot_descr_get, NULL);
    PICK(descr_set, DEFINES_ANY(NAME___set__, NAME___delete__), slot_descr_set, NULL);
    t->buffer = boxed && s->buffer ? box_buffer : s->buffer;
}

static bool is_dunder(value_t name)
{
    size_t n = str_len(name);
    const char *s = str_data(name);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_';
}

void class_changed(Type *t, value_t name)
{
    t->version = type_new_version();
    if (is_dunder(name)) fix_slots(t);
    if (!t->subclasses) return;
    size_t n;
    value_t *subs = seq_items(t->subclasses, &n);
    for (size_t i = 0; i < n; i++) class_changed((Type *)subs[i], name);
}

/* ---- Instances ---------------------------------------------------------- */

value_t class_alloc(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    const Type *s = cls->solid;
    if (s->flags & TYPE_EXCEPTION) return exc_new(cls, 0, NULL);
    if (s == &type_object) return (value_t)gc_new_object(sizeof(Instance), cls);
    if (cls->flags & TYPE_BOXED) {
        value_t v = s->make(s, argc, args, kwnames);
        Boxed *b = v ? gc_new_object(sizeof(Boxed), cls) : NULL;
        if (!b) return VALUE_NULL;
        b->value = v;
        return (value_t)b;
    }
    value_t v = s->make(s, 0, NULL, VALUE_NULL);
    if (!v) return VALUE_NULL;
    Object *o = gc_realloc((void *)v, cls->dict_offset + sizeof(value_t), 0);
    if (!o) return err_no_memory();
    o->type = cls;
    *(value_t *)((char *)o + cls->dict_offset) = VALUE_NULL;
    return (value_t)o;
}

static value_t unwrap_static(value_t f)
{
    return obj_type(f) == &type_staticmethod ? ((const MethodWrapper *)f)->func : f;
}

/* C(*args): __new__ (a user's, or the allocation above), then __init__. */
static value_t class_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    const Type *owner = NULL;
    value_t nw = type_lookup_owner(cls, NAME(__new__), &owner);
    bool user_new = nw && is_heap(owner);
    value_t obj;
    if (user_new) {
        obj = obj_call_with_self(unwrap_static(nw), type_value(cls), argc, args, kwnames);
        if (!obj || !obj_isinstance(obj, cls)) return obj;
    } else {
        if (cls->solid->flags & TYPE_EXCEPTION) obj = exc_new(cls, argc, args);
        else if (cls->flags & TYPE_BOXED) obj = class_alloc(cls, argc, args, kwnames);
        else obj = class_alloc(cls, 0, NULL, VALUE_NULL);
        if (!obj) return VALUE_NULL;
    }
    value_t init = type_lookup_owner(obj_type(obj), NAME(__init__), &owner);
    if (!init || (user_new && owner == &type_object)) return obj;
    value_t r = obj_call_with_self(init, obj, argc, args, kwnames);
    if (!r) return VALUE_NULL;
    if (r != VALUE_NONE) return err_raise(&type_TypeError, "__init__() should return None, not '%T'", r);
    return obj;
}

/* ---- Class creation --------------------------------------------------------- */

/* C3 linearisation: merge the bases' MROs and the list of bases. */
static bool c3_in_tail(value_t t, value_t *const *seqs, const size_t *lens, const size_t *pos, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = pos[i] + 1; j < lens[i]; j++)
            if (seqs[i][j] == t) return true;
    return false;
}

static value_t c3_error(value_t bases)
{
    StrBuf b;
    strbuf_init(&b, 64);
    size_t n;
    value_t *items = seq_items(bases, &n);
    for (size_t i = 0; i < n; i++) {
        if (i) strbuf_add_cstr(&b, ", ");
        strbuf_add_cstr(&b, ((const Type *)items[i])->cname);
    }
    value_t s = strbuf_finish(&b);
    if (!s) return VALUE_NULL;
    return err_raise(&type_TypeError,
                     "Cannot create a consistent method resolution\norder (MRO) for bases %S", s);
}

static value_t c3_mro(value_t self, value_t bases)
{
    size_t nb, total = 1;
    value_t *bitems = seq_items(bases, &nb);
    if (nb == 1) {
        const Tuple *m = TUPLE(((const Type *)bitems[0])->mro);
        value_t mro = tuple_new(m->len + 1);
        if (!mro) return VALUE_NULL;
        TUPLE(mro)->items[0] = self;
        memcpy(TUPLE(mro)->items + 1, m->items, m->len * sizeof(value_t));
        return mro;
    }
    size_t n = nb + 1;
    value_t **seqs = gc_alloc(n * (sizeof(value_t *) + 2 * sizeof(size_t)), 0);
    if (!seqs) return err_no_memory();
    size_t *lens = (size_t *)(seqs + n), *pos = lens + n;
    for (size_t i = 0; i < nb; i++) {
        const Tuple *m = TUPLE(((const Type *)bitems[i])->mro);
        seqs[i] = (value_t *)m->items;
        lens[i] = m->len;
        total += m->len;
    }
    seqs[nb] = bitems;
    lens[nb] = nb;
    value_t out = list_new(0);
    if (!out || !list_append(out, self)) return VALUE_NULL;
    for (;;) {
        value_t next = VALUE_NULL;
        bool left = false;
        for (size_t i = 0; i < n && !next; i++) {
            if (pos[i] >= lens[i]) continue;
            left = true;
            if (!c3_in_tail(seqs[i][pos[i]], seqs, lens, pos, n)) next = seqs[i][pos[i]];
        }
        if (!left) break;
        if (!next) return c3_error(bases);
        if (!list_append(out, next)) return VALUE_NULL;
        for (size_t i = 0; i < n; i++)
            if (pos[i] < lens[i] && seqs[i][pos[i]] == next) pos[i]++;
    }
    (void)total;
    return tuple_from_iter(out);
}

/* Immutable built-in types whose subclasses box a value of theirs. */
static bool boxable(const Type *t)
{
    return t == &type_int || t == &type_float || t == &type_str || t == &type_bytes ||
           t == &type_tuple || t == &type_frozenset;
}

/* Size of a built-in instance a class may extend (0: not extensible). */
static size_t extensible_size(const Type *t)
{
    if (boxable(t)) return sizeof(Boxed);
    if (t == &type_object) return sizeof(Object);
    if (t->flags & TYPE_EXCEPTION) return sizeof(Exception);
    if (t == &type_list) return sizeof(List);
    if (t == &type_dict) return sizeof(Dict);
    if (t == &type_set) return sizeof(Set);
    return 0;
}

/* The solid base of the new class: all bases' solid bases must lie on one chain. */
static const Type *find_solid(value_t bases)
{
    size_t n;
    value_t *items = seq_items(bases, &n);
    const Type *solid = &type_object;
    for (size_t i = 0; i < n; i++) {
        if (!type_check(items[i])) {
            err_raise(&type_TypeError, "bases must be types");
            return NULL;
        }
        const Type *b = (const Type *)items[i];
        if (!is_heap(b) && !extensible_size(b)) {
            err_raise(&type_TypeError, "type '%s' is not an acceptable base type", b->cname);
            return NULL;
        }
        const Type *s = b->solid;
        if (type_is_subtype(s, solid)) solid = s;
        else if (!type_is_subtype(solid, s)) {
            err_raise(&type_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return solid;
}

/* The namespace becomes the class dict: keys interned, implicit entries added. */
static value_t class_dict(value_t ns)
{
    value_t d = dict_new(DICT(ns)->used + 2);
    if (!d) return VALUE_NULL;
    size_t pos = 0;
    value_t k, v;
    while (dict_next(ns, &pos, &k, &v)) {
        if (str_check(k) && !(k = str_intern_value(k))) return VALUE_NULL;
        if (k == NAME(__new__) && func_check(v)) {
            MethodWrapper *w = GC_NEW(MethodWrapper, &type_staticmethod);
            if (!w) return VALUE_NULL;
            w->func = v;
            v = (value_t)w;
        }
        if (!dict_set(d, k, v)) return VALUE_NULL;
    }
    if (!dict_get_str(d, NAME(__doc__)) && !dict_set(d, NAME(__doc__), VALUE_NONE)) return VALUE_NULL;
    /* a class that defines __eq__ but not __hash__ is unhashable */
    if (dict_get_str(d, NAME(__eq__)) && !dict_get_str(d, NAME(__hash__)) &&
        !dict_set(d, NAME(__hash__), VALUE_NONE))
        return VALUE_NULL;
    return d;
}

static bool add_subclass(Type *base, value_t sub)
{
    if (!base->subclasses && !(base->subclasses = list_new(0))) return false;
    return list_append(base->subclasses, sub);
}

/* Descriptors that want to know their name: d.__set_name__(cls, name). */
static bool call_set_name(value_t cls)
{
    size_t pos = 0;
    value_t k, v;
    while (dict_next(((Type *)cls)->dict, &pos, &k, &v)) {
        if (!value_is_obj(v) || !is_heap(obj_type(v))) continue;
        value_t m = lookup(v, NAME(__set_name__));
        value_t args[2] = { cls, k };
        if (m && !call_method(v, m, 2, args)) return false;
    }
    return true;
}

value_t class_new(value_t name, value_t bases, value_t ns)
{
    if (!str_check(name))
        return err_raise(&type_TypeError, "type.__new__() argument 1 must be str, not %T", name);
    if (!value_is_obj(bases) || OBJ(bases)->type != &type_tuple)
        return err_raise(&type_TypeError, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!dict_check(ns))
        return err_raise(&type_TypeError, "type.__new__() argument 3 must be dict, not %T", ns);
    if (TUPLE(bases)->len == 0) {
        value_t obj = type_value(&type_object);
        if (!(bases = tuple_from(1, &obj))) return VALUE_NULL;
    }
    const Type *solid = find_solid(bases);
    if (!solid) return VALUE_NULL;
    Type *t = gc_new_object(sizeof(Type), &type_type);
    if (!t || !(t->name = str_intern_value(name)) || !(t->dict = class_dict(ns))) return VALUE_NULL;
    value_t cls = type_value(t);
    if (!(t->mro = c3_mro(cls, bases))) return VALUE_NULL;
    t->cname = str_data(t->name);
    t->parent = (const Type *)TUPLE(bases)->items[0];
    t->bases = bases;
    t->solid = solid;
    t->flags = TYPE_HEAP | TYPE_BASETYPE;
    if (solid->flags & TYPE_EXCEPTION) {
        t->flags |= TYPE_EXCEPTION;
        t->dict_offset = offsetof(Exception, dict);
    } else if (solid == &type_object) {
        t->flags |= TYPE_INSTANCE;
        t->dict_offset = offsetof(Instance, dict);
    } else if (boxable(solid)) {
        t->flags |= TYPE_BOXED;
        t->dict_offset = offsetof(Boxed, dict);
    } else {
        size_t w = sizeof(value_t);
        t->dict_offset = (uint16_t)((extensible_size(solid) + w - 1) / w * w);
    }
    t->make = class_make;
    t->version = type_new_version();
    fix_slots(t);
    for (uint32_t i = 0; i < TUPLE(bases)->len; i++) {
        Type *b = (Type *)TUPLE(bases)->items[i];
        if (is_heap(b) && !add_subclass(b, cls)) return VALUE_NULL;
    }
    return call_set_name(cls) ? cls : VALUE_NULL;
}

/* __build_class__(body, name, *bases, metaclass=type): runs the class body
 * with a fresh namespace, then makes the class; a body whose methods use
 * __class__ (zero-argument super) returns the cell to fill. */
static value_t build_class(int argc, const value_t *args, value_t kwnames)
{
    value_t func = args[0], name = args[1];
    if (!func_check(func)) return err_raise(&type_TypeError, "__build_class__: func must be a function");
    if (!str_check(name)) return err_raise(&type_TypeError, "__build_class__: name is not a string");
    size_t nkw = kwnames ? TUPLE(kwnames)->len : 0;
    for (size_t k = 0; k < nkw; k++) {
        bool meta = TUPLE(kwnames)->items[k] == NAME(metaclass);
        if (meta && args[argc + (int)k] == type_value(&type_type)) continue;
        if (meta) return err_raise(&type_TypeError, "metaclasses other than type are not supported");
        return err_raise(&type_TypeError, "%S.__init_subclass__() takes no keyword arguments", name);
    }
    value_t bases = tuple_from((size_t)argc - 2, args + 2);
    value_t ns = dict_new(8);
    if (!bases || !ns) return VALUE_NULL;
    /* the body itself stores __module__ and __qualname__ (code.h) */
    value_t r = vm_run_with_locals(func, ns);
    if (!r) return VALUE_NULL;
    value_t cls = class_new(name, bases, ns);
    if (cls && value_is_obj(r) && OBJ(r)->type == &type_cell) ((Cell *)r)->value = cls;
    return cls;
}

const Builtin builtin___build_class__ = {
    { &type_builtin }, "__build_class__", BUILTIN_KW, 2, ARGS_MANY, { .fkw = build_class }
};

/* ---- super ------------------------------------------------------------------ */

typedef struct Super {
    Object base;
    const Type *type;     /* search starts after this class in the MRO */
    value_t obj;          /* instance, or a class for super(C, cls) */
    const Type *obj_type; /* whose MRO is searched */
} Super;

static value_t super_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (!arg_check_no_kw("super", kwnames)) return VALUE_NULL;
    value_t c, self;
    if (argc == 0) {
        if (!vm_super_args(&c, &self)) return VALUE_NULL;
    } else if (argc == 2) {
        c = args[0];
        self = args[1];
    } else {
        return err_raise(&type_TypeError, "super() takes 0 or 2 arguments (%d given)", argc);
    }
    if (!type_check(c)) return err_raise(&type_TypeError, "super() argument 1 must be a type, not %T", c);
    const Type *ot;
    if (type_check(self) && type_is_subtype((const Type *)self, (const Type *)c)) ot = (const Type *)self;
    else if (obj_isinstance(self, (const Type *)c)) ot = obj_type(self);
    else return err_raise(&type_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    Super *s = GC_NEW(Super, &type_super);
    if (!s) return VALUE_NULL;
    s->type = (const Type *)c;
    s->obj = self;
    s->obj_type = ot;
    return (value_t)s;
}

static value_t super_bind(const Super *s, value_t attr)
{
    value_t obj = s->obj == type_value(s->obj_type) ? VALUE_NULL : s->obj;
    const Type *at = obj_type(attr);
    if (at == &type_builtin && obj) obj = obj_unbox(obj);
    if (at->flags & TYPE_METHOD) return obj ? boundmethod_new(obj, attr) : attr;
    if (at->descr_get) return at->descr_get(attr, obj, type_value(s->obj_type));
    return attr;
}

static value_t super_getattr(value_t self, value_t name)
{
    const Super *s = (const Super *)self;
    const Tuple *mro = TUPLE(s->obj_type->mro);
    uint32_t i = 0;
    while (i < mro->len && (const Type *)mro->items[i] != s->type) i++;
    const Type *first_static = NULL;
    for (i++; i < mro->len && name != NAME(__class__); i++) {
        const Type *k = (const Type *)mro->items[i];
        value_t v = dict_get_str(k->dict, name);
        if (v) return super_bind(s, v);
        if (!first_static && !is_heap(k)) first_static = k;
    }
    value_t w = first_static ? type_lookup_slot_wrapper(first_static, name) : VALUE_NULL;
    if (w) return super_bind(s, w);
    return obj_generic_getattr(self, name);
}

static value_t super_repr(value_t self)
{
    const Super *s = (const Super *)self;
    StrBuf b;
    strbuf_init(&b, 48);
    strbuf_add_cstr(&b, "<super: <class '");
    strbuf_add_cstr(&b, s->type->cname);
    strbuf_add_cstr(&b, "'>, <");
    strbuf_add_cstr(&b, s->obj_type->cname);
    strbuf_add_cstr(&b, " object>>");
    return strbuf_finish(&b);
}

Type type_super = {
    .base = { &type_type },
    .cname = "super",
    .make = super_make,
    .repr = super_repr,
    .getattr = super_getattr,
};

/* ---- property ------------------------------------------------------------------ */

static value_t none_to_null(value_t v) { return v == VALUE_NONE ? VALUE_NULL : v; }

static value_t property_new(value_t fget, value_t fset, value_t fdel)
{
    Property *p = GC_NEW(Property, &type_property);
    if (!p) return VALUE_NULL;
    p->fget = none_to_null(fget);
    p->fset = none_to_null(fset);
    p->fdel = none_to_null(fdel);
    return (value_t)p;
}

static value_t property_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = { "fget", "fset", "fdel", "doc", NULL };
    value_t a[4];
    if (!arg_parse("property", argc, args, kwnames, names, 4, a)) return VALUE_NULL;
    return property_new(a[0], a[1], a[2]);
}

/* AttributeError "property 'x' of 'C' object has no setter" */
static value_t property_error(const Property *p, value_t obj, const char *what)
{
    value_t f = p->fget ? p->fget : p->fset ? p->fset : p->fdel;
    value_t name = f ? obj_getattr_opt(f, NAME(__name__)) : VALUE_UNBOUND;
    if (!name) return VALUE_NULL;
    if (name == VALUE_UNBOUND || !str_check(name))
        return err_raise(&type_AttributeError, "property of '%T' object has no %s", obj, what);
    return err_raise(&type_AttributeError, "property '%S' of '%T' object has no %s", name, obj, what);
}

static value_t property_get(value_t descr, value_t obj, value_t owner)
{
    const Property *p = (const Property *)descr;
    if (!obj) return descr;
    if (!p->fget) return property_error(p, obj, "getter");
    return obj_call1(p->fget, obj);
}

static bool property_set(value_t descr, value_t obj, value_t v)
{
    const Property *p = (const Property *)descr;
    value_t f = v ? p->fset : p->fdel;
    if (!f) {
        property_error(p, obj, v ? "setter" : "deleter");
        return false;
    }
    return (v ? obj_call2(f, obj, v) : obj_call1(f, obj)) != VALUE_NULL;
}

static value_t property_getattr(value_t self, value_t name)
{
    const Property *p = (const Property *)self;
    value_t v = name == NAME(fget) ? p->fget : name == NAME(fset) ? p->fset : name == NAME(fdel) ? p->fdel : 0;
    if (v || name == NAME(fget) || name == NAME(fset) || name == NAME(fdel)) return v ? v : VALUE_NONE;
    if (name == NAME(__doc__)) return p->fget ? obj_getattr(p->fget, name) : VALUE_NONE;
    return obj_generic_getattr(self, name);
}

static value_t property_getter(value_t self, value_t f)
{
    const Property *p = (const Property *)self;
    return property_new(f, p->fset ? p->fset : VALUE_NONE, p->fdel ? p->fdel : VALUE_NONE);
}

static value_t property_setter(value_t self, value_t f)
{
    const Property *p = (const Property *)self;
    return property_new(p->fget ? p->fget : VALUE_NONE, f, p->fdel ? p->fdel : VALUE_NONE);
}

static value_t property_deleter(value_t self, value_t f)
{
    const Property *p = (const Property *)self;
    return property_new(p->fget ? p->fget : VALUE_NONE, p->fset ? p->fset : VALUE_NONE, f);
}

static BUILTIN_FIX(property_getter_fn, "property.getter", 2, property_getter);
static BUILTIN_FIX(property_setter_fn, "property.setter", 2, property_setter);
static BUILTIN_FIX(property_deleter_fn, "property.deleter", 2, property_deleter);

static const AttrDef property_methods[] = {
    ATTR_OBJ("getter", &property_getter_fn),
    ATTR_OBJ("setter", &property_setter_fn),
    ATTR_OBJ("deleter", &property_deleter_fn),
    ATTR_END,
};

Type type_property = {
    .base = { &type_type },
    .cname = "property",
    .methods = property_methods,
    .make = property_make,
    .getattr = property_getattr,
    .descr_get = property_get,
    .descr_set = property_set,
};

/* ---- staticmethod, classmethod --------------------------------------------------- */

static value_t wrapper_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (!arg_check_no_kw(cls->cname, kwnames)) return VALUE_NULL;
    if (argc != 1) return err_raise(&type_TypeError, "%s expected 1 argument, got %d", cls->cname, argc);
    MethodWrapper *w = GC_NEW(MethodWrapper, cls);
    if (!w) return VALUE_NULL;
    w->func = args[0];
    return (value_t)w;
}

static value_t staticmethod_get(value_t descr, value_t obj, value_t owner)
{
    return ((const MethodWrapper *)descr)->func;
}

static value_t classmethod_get(value_t descr, value_t obj, value_t owner)
{
    return boundmethod_new(owner ? owner : obj_type_value(obj), ((const MethodWrapper *)descr)->func);
}

static value_t wrapper_getattr(value_t self, value_t name)
{
    if (name == NAME(__func__)) return ((const MethodWrapper *)self)->func;
    return obj_generic_getattr(self, name);
}

static value_t staticmethod_call(value_t self, int argc, const value_t *args, value_t kwnames)
{
    return obj_call(((const MethodWrapper *)self)->func, argc, args, kwnames);
}

Type type_staticmethod = {
    .base = { &type_type },
    .cname = "staticmethod",
    .make = wrapper_make,
    .call = staticmethod_call,
    .getattr = wrapper_getattr,
    .descr_get = staticmethod_get,
};

Type type_classmethod = {
    .base = { &type_type },
    .cname = "classmethod",
    .make = wrapper_make,
    .getattr = wrapper_getattr,
    .descr_get = classmethod_get,
};
