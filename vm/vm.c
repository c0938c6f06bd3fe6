/*
 * vm.c — the bytecode interpreter (decisions 2-4).
 *
 * run() executes frames. It keeps the frame, its code, ip and sp in C
 * locals (the locals and constants are reached through them: fewer live
 * variables, fewer spills in this one large function) and dispatches
 * with computed goto (or a switch, CONFIG_COMPUTED_GOTO=0; the difference
 * lives in three macros). A call
 * from Python to a Python function does not recurse in C: it pushes a
 * frame (frame.c), binds the arguments (func.c) and continues the loop;
 * RETURN_VALUE pops back. run() returns when the frame it was entered with
 * returns or yields, so each C entry (vm_call_function from a built-in,
 * generator resumption, a class body, an IRQ slot) is one nested instance.
 *
 * Errors never longjmp: an operation that fails returns VALUE_NULL with
 * vm_state.exc set, and the loop jumps to `error`, which records the
 * traceback entry, finds the innermost SETUP_* block of the frame or pops
 * the frame and repeats in the caller.
 *
 * The macros that mark dangerous points, so they can be seen at a glance:
 *   MAY_RAISE(v)   v came from something that may raise (and allocate, or
 *                  run Python code); VALUE_NULL unwinds.
 *   MAY_FAIL(ok)   the same for bool results.
 *   SAFE_POINT()   soft IRQs, Ctrl-C: at backward jumps, calls and returns.
 */
#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "config.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "list.h"
#include "module.h"
#include "opcodes.h"
#include "port.h"
#include "str.h"
#include "vm.h"
#include "num.h"
#include "irq/irq.h"  /* irq_traceback_note: hard handlers' tracebacks */
#include "irq/prof.h" /* IRQ_PROF: profiler capture points, nothing unless PROFILE=1 */

VMState vm_state;
bool (*vm_pending_hook)(void);

/* Lowest address the C stack may reach before RecursionError (NULL: unchecked). */
static char *stack_floor;

static value_t s_build_class, s_enter, s_exit, s_class, s_all, s_send, s_name, s_file, s_path;

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- Helpers kept out of the loop ---------------------------------------- */

static value_t recursion_error(void)
{
    return err_raise(&type_RecursionError, "maximum recursion depth exceeded");
}

/* Ctrl-C first, then the IRQ layer's queue. Inside a hard IRQ handler
 * neither may run: they stay pending for the interrupted code. */
static bool run_pending(void)
{
    if (vm_state.hard_irq) return true;
    vm_state.pending = 0;
    if (vm_state.interrupt) {
        vm_state.interrupt = 0;
        err_raise_args(&type_KeyboardInterrupt, 0, NULL); /* a static one if the heap is locked */
        return false;
    }
    return vm_pending_hook ? vm_pending_hook() : true;
}

bool vm_refuse_resize(const char *type_name)
{
    err_raise(&type_RuntimeError, "a hard interrupt handler can't add or remove %s items", type_name);
    return false;
}

bool vm_sleep_us(uint64_t us)
{
    uint32_t start = port_ticks_us();
    for (;;) {
        if (vm_state.pending && !run_pending()) return false;
        uint64_t done = (uint32_t)(port_ticks_us() - start);
        if (done >= us) return true;
        uint64_t left = us - done;
        port_sleep_us(left < 1000 ? (uint32_t)left : 1000u);
    }
}

/* __context__ of a newly raised exception: the one being handled, without
 * creating a cycle in the chain. */
static void set_context(value_t exc)
{
    value_t h = vm_state.handled_exc;
    Exception *e = (Exception *)exc;
    if (!h || h == exc || !value_is_obj(exc) || e->context) return;
    for (value_t o = h; o && value_is_obj(o); o = ((Exception *)o)->context) {
        if (((Exception *)o)->context == exc) {
            ((Exception *)o)->context = VALUE_NULL;
            break;
        }
    }
    e->context = h;
}

static value_t unbound_local(const Code *c, unsigned i)
{
    value_t name = TUPLE(c->varnames)->items[i];
    if (i >= (unsigned)(c->nlocals - c->nfree))
        return err_raise(&type_NameError,
                         "cannot access free variable '%S' where it is not associated with a value in enclosing scope",
                         name);
    return err_raise(&type_UnboundLocalError, "cannot access local variable '%S' where it is not associated with a value",
                     name);
}

static value_t name_error(value_t name)
{
    return err_raise(&type_NameError, "name '%S' is not defined", name);
}

/* ---- Inline caches and interrupts -------------------------------------------
 * The program and a hard IRQ handler may run the same code, and so use the
 * same cache entry, each finding it half-written by the other. A fill
 * empties the entry first and sets its key last, and when a handler filled
 * an entry meanwhile it leaves the entry empty; handlers move ic_epoch with
 * each fill. A reader notes ic_epoch before reading an entry and keeps
 * what it read only if ic_epoch has not moved since (ic_unchanged). The
 * instance-dict hints are outside this: a wrong hint costs a search. */
static volatile uint32_t ic_epoch;

static void ic_fill(InlineCache *ic, const void *key, uint32_t version, uint32_t version2, value_t value)
{
    uint32_t epoch = ic_epoch;
    ic->key = NULL;
    IRQ_ORDER();
    ic->version = version;
    ic->version2 = version2;
    ic->value = value;
    IRQ_ORDER();
    ic->key = key;
    IRQ_ORDER();
    if (ic_epoch != epoch) ic->key = NULL;
    if (vm_state.hard_irq) ic_epoch++;
}

static inline bool ic_unchanged(uint32_t epoch)
{
    IRQ_ORDER();
    return ic_epoch == epoch;
}

/* Address of the value of key `name` (by identity) in a dict, or NULL. The
 * global cache keeps it: it stays valid while the dict's version does. */
static value_t *dict_value_slot(value_t d, value_t name)
{
    Dict *dict = DICT(d);
    for (uint32_t i = 0; i < dict->nentries; i++)
        if (dict->entries[i].key == name) return &dict->entries[i].value;
    return NULL;
}

static value_t load_global_slow(InlineCache *ic, value_t globals)
{
    value_t builtins = vm_state.builtins;
    value_t *slot = dict_value_slot(globals, ic->name);
    if (!slot && builtins) slot = dict_value_slot(builtins, ic->name);
    if (slot) {
        ic_fill(ic, VALUE_TO_PTR(globals), DICT(globals)->version, builtins ? DICT(builtins)->version : 0,
                (value_t)slot);
        return *slot;
    }
    /* Not found by identity (a key that is not interned): plain lookups. */
    value_t v = dict_get_str(globals, ic->name);
    if (!v && builtins) v = dict_get_str(builtins, ic->name);
    return v ? v : name_error(ic->name);
}

static value_t load_name(Frame *f, value_t name)
{
    value_t v = VALUE_NULL;
    if (f->locals_dict && dict_lookup(f->locals_dict, name, &v) < 0) return VALUE_NULL;
    if (!v) v = dict_get_str(f->globals, name);
    if (!v && vm_state.builtins) v = dict_get_str(vm_state.builtins, name);
    return v ? v : name_error(name);
}

/* The instance dict of obj, if its type gives instances one (may be
 * VALUE_NULL until the first attribute is stored). */
static inline value_t instance_dict(value_t obj, const Type *t)
{
    return t->dict_offset ? *(value_t *)((char *)obj + t->dict_offset) : VALUE_NULL;
}

/* Attribute caches apply to types whose lookup is the generic one
 * (obj_generic_getattr / obj_generic_setattr): data descriptor on the
 * type, instance dict, then the type's attribute. An entry is valid for
 * one (type, version); version2 tells what the name is on that type: */
enum {
    ATTR_PLAIN,       /* a plain class attribute (value), unless the instance dict has it */
    ATTR_METHOD,      /* a function/builtin: bind to the instance */
    ATTR_DESCR,       /* a non-data descriptor: __get__ */
    ATTR_DATA_DESCR,  /* a data descriptor: __get__, instance dict never consulted */
    ATTR_INSTANCE,    /* absent from the type: only the instance dict; value = entry index hint */
};

static inline bool attr_cacheable(const Type *t)
{
    return t->getattr == NULL || t->getattr == obj_generic_getattr;
}

/* Value of `name` in an instance dict: first at the entry index that the
 * cache remembers (instances of a class usually share their key order),
 * else by lookup, updating the hint. VALUE_NULL if absent. */
static inline value_t instance_dict_get(value_t d, InlineCache *ic)
{
    Dict *dict = DICT(d);
    uint32_t i = ic->hint;
    if (i < dict->nentries && dict->entries[i].key == ic->name) return dict->entries[i].value;
    for (i = 0; i < dict->nentries && i < 16; i++) {
        if (dict->entries[i].key == ic->name) {
            ic->hint = i;
            return dict->entries[i].value;
        }
    }
    return dict_get_str(d, ic->name);
}

/* LOAD_ATTR from the cache entry, or VALUE_UNBOUND when it does not apply. */
static inline value_t load_attr_cached(InlineCache *ic, value_t obj, const Type *t)
{
    uint32_t epoch = ic_epoch;
    IRQ_ORDER();
    if (ic->key != t || ic->version != t->version) return VALUE_UNBOUND;
    uint32_t kind = ic->version2;
    value_t a = ic->value, d = instance_dict(obj, t), v;
    if (!ic_unchanged(epoch)) return VALUE_UNBOUND;
    switch (kind) {
    case ATTR_INSTANCE: return d && (v = instance_dict_get(d, ic)) ? v : VALUE_UNBOUND;
    case ATTR_DATA_DESCR: return obj_type(a)->descr_get(a, obj, (value_t)t);
    default: break;
    }
    if (d && dict_get_str(d, ic->name)) return VALUE_UNBOUND;
    switch (kind) {
    case ATTR_PLAIN: return a;
    case ATTR_METHOD: return boundmethod_new(obj, a);
    default: return obj_type(a)->descr_get(a, obj, (value_t)t);
    }
}

static value_t load_attr_slow(InlineCache *ic, value_t obj, const Type *t)
{
    value_t r = obj_getattr(obj, ic->name);
    if (!r || !attr_cacheable(t)) return r;
    value_t v = type_lookup(t, ic->name), d = instance_dict(obj, t);
    uint32_t kind = ATTR_INSTANCE;
    if (v) {
        const Type *vt = obj_type(v);
        kind = vt->descr_set && vt->descr_get ? ATTR_DATA_DESCR
               : vt->flags & TYPE_METHOD      ? ATTR_METHOD
               : vt->descr_get                ? ATTR_DESCR
                                              : ATTR_PLAIN;
        if (kind != ATTR_DATA_DESCR && d && dict_get_str(d, ic->name)) return r;
    } else if (!d) {
        return r; /* found elsewhere (a slot wrapper, __class__...) */
    }
    ic_fill(ic, t, t->version, kind, v ? v : 0);
    return r;
}

/* An attribute of a module (`time.ticks_us`, `math.pi`) through the
 * cache: such entries are keyed on the module's dict and its version (a
 * dict is never a type, so they cannot be mistaken for type-keyed ones).
 * VALUE_UNBOUND when the name is not in the dict by identity. */
static inline value_t module_attr_cached(InlineCache *ic, value_t module)
{
    value_t d = ((Module *)module)->dict;
    uint32_t epoch = ic_epoch;
    IRQ_ORDER();
    if (ic->key == VALUE_TO_PTR(d) && ic->version == DICT(d)->version) {
        value_t *slot = (value_t *)ic->value;
        if (ic_unchanged(epoch)) return *slot;
    }
    value_t *slot = dict_value_slot(d, ic->name);
    if (!slot) return VALUE_UNBOUND;
    ic_fill(ic, VALUE_TO_PTR(d), DICT(d)->version, 0, (value_t)slot);
    return *slot;
}

/* LOAD_METHOD through the cache: the method when obj's type is the cached
 * one, unchanged, and no instance attribute shadows the name; else
 * VALUE_NULL. */
static inline value_t method_cached(const InlineCache *ic, value_t obj, const Type *t)
{
    uint32_t epoch = ic_epoch;
    IRQ_ORDER();
    if (LIKELY(ic->key == t && ic->version == t->version)) {
        value_t m = ic->value;
        if (UNLIKELY(!ic_unchanged(epoch))) return VALUE_NULL;
        value_t d = instance_dict(obj, t);
        if (LIKELY(!d || !dict_get_str(d, ic->name))) return m;
    }
    return VALUE_NULL;
}

/* LOAD_METHOD without a cache hit: out = [method, obj] or [attribute,
 * NULL]; a method found on the type fills the cache. */
static bool method_lookup(InlineCache *ic, value_t obj, const Type *t, value_t out[2])
{
    if (t == &type_module) {
        value_t v = module_attr_cached(ic, obj);
        if (v != VALUE_UNBOUND) {
            out[0] = v;
            out[1] = VALUE_NULL;
            return true;
        }
    }
    if (!obj_load_method(obj, ic->name, out)) return false;
    if (out[1] == obj && t != &type_type) ic_fill(ic, t, t->version, 0, out[0]);
    return true;
}

/* STORE_ATTR: when the type has no data descriptor for the name, the value
 * goes straight into the instance dict (cached per type version). */
static bool store_attr(InlineCache *ic, value_t obj, value_t v)
{
    const Type *t = obj_type(obj);
    if (ic->key == t && ic->version == t->version) {
        value_t d = obj_instance_dict(obj, true);
        if (!d) return false;
        Dict *dict = DICT(d);
        uint32_t i = ic->hint;
        if (i < dict->nentries && dict->entries[i].key == ic->name) {
            dict_store_entry(dict, i, v);
            return true;
        }
        for (i = 0; i < dict->nentries && i < 16; i++) {
            if (dict->entries[i].key == ic->name) {
                ic->hint = i;
                dict_store_entry(dict, i, v);
                return true;
            }
        }
        return dict_set(d, ic->name, v);
    }
    if (!obj_setattr(obj, ic->name, v)) return false;
    if ((t->setattr == NULL || t->setattr == obj_generic_setattr) && t->dict_offset) {
        value_t a = type_lookup(t, ic->name);
        if (!a || !obj_type(a)->descr_set) ic_fill(ic, t, t->version, 0, 0);
    }
    return true;
}

/* ascii(): repr with non-ASCII code points escaped. */
static value_t ascii_repr(value_t v)
{
    value_t r = obj_repr(v);
    if (!r) return VALUE_NULL;
    if (STR(r)->nchars == STR(r)->len) return r;
    const uint8_t *s = (const uint8_t *)str_data(r), *end = s + str_len(r);
    StrBuf b;
    strbuf_init(&b, str_len(r) + 16);
    while (s < end) {
        uint32_t cp = *s++;
        if (cp >= 0x80) {
            int extra = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : 1;
            cp &= 0x3F >> extra;
            while (extra-- && s < end) cp = (cp << 6) | (*s++ & 0x3F);
        }
        char esc[12];
        if (cp < 0x80) strbuf_add_char(&b, (char)cp);
        else {
            snprintf(esc, sizeof esc, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)cp);
            strbuf_add_cstr(&b, esc);
        }
    }
    return strbuf_finish(&b);
}

static value_t format_value_op(value_t v, unsigned flags, value_t spec)
{
    switch (flags & 3) {
    case 1: v = obj_str(v); break;
    case 2: v = obj_repr(v); break;
    case 3: v = ascii_repr(v); break;
    }
    if (!v) return VALUE_NULL;
    if (!spec && str_check(v)) return v;
    return format_value(v, spec);
}

static value_t build_string(value_t *items, unsigned n)
{
    StrBuf b;
    size_t total = 0;
    for (unsigned i = 0; i < n; i++) total += str_len(items[i]);
    strbuf_init(&b, total + 1);
    for (unsigned i = 0; i < n; i++) strbuf_add(&b, str_data(items[i]), str_len(items[i]));
    return strbuf_finish(&b);
}

/* UNPACK_SEQUENCE: items go to out[n-1] .. out[0] (x1 ends on top). */
static bool unpack_sequence(value_t seq, unsigned n, value_t *out)
{
    size_t len;
    value_t *items = seq_items(seq, &len);
    if (items) {
        if (len != n) {
            if (len < n) err_raise(&type_ValueError, "not enough values to unpack (expected %u, got %u)", n, (unsigned)len);
            else err_raise(&type_ValueError, "too many values to unpack (expected %u)", n);
            return false;
        }
        for (unsigned i = 0; i < n; i++) out[n - 1 - i] = items[i];
        return true;
    }
    value_t it = obj_iter(seq);
    if (!it) {
        if (err_matches(&type_TypeError) && !obj_type(seq)->iter) {
            err_clear();
            err_raise(&type_TypeError, "cannot unpack non-iterable %T object", seq);
        }
        return false;
    }
    for (unsigned i = 0; i < n; i++) {
        value_t v = obj_next(it);
        if (!v) return false;
        if (v == VALUE_STOP) {
            err_raise(&type_ValueError, "not enough values to unpack (expected %u, got %u)", n, i);
            return false;
        }
        out[n - 1 - i] = v;
    }
    value_t extra = obj_next(it);
    if (!extra) return false;
    if (extra != VALUE_STOP) {
        err_raise(&type_ValueError, "too many values to unpack (expected %u)", n);
        return false;
    }
    return true;
}

/* UNPACK_EX: writes before + 1 + after values to out (out[0] deepest). */
static bool unpack_ex(value_t seq, unsigned before, unsigned after, value_t *out)
{
    value_t list = list_from_iter(seq);
    if (!list) {
        if (err_matches(&type_TypeError) && !obj_type(seq)->iter) {
            err_clear();
            err_raise(&type_TypeError, "cannot unpack non-iterable %T object", seq);
        }
        return false;
    }
    size_t len = LIST(list)->len;
    if (len < before + after) {
        err_raise(&type_ValueError, "not enough values to unpack (expected at least %u, got %u)", before + after,
                  (unsigned)len);
        return false;
    }
    value_t *items = LIST(list)->items;
    value_t mid = list_from(len - before - after, items + before);
    if (!mid) return false;
    unsigned k = 0;
    for (unsigned i = 0; i < after; i++) out[k++] = items[len - 1 - i];
    out[k++] = mid;
    for (unsigned i = 0; i < before; i++) out[k++] = items[before - 1 - i];
    return true;
}

/* CALL_FUNCTION_EX: spread the args tuple and kwargs dict into one array. */
static bool spread_call_args(value_t args, value_t kwargs, value_t *out_all, value_t *out_kwnames, int *argc)
{
    size_t npos;
    value_t *pos = seq_items(args, &npos);
    if (!pos) {
        if (!(args = tuple_from_iter(args))) return false;
        pos = seq_items(args, &npos);
    }
    size_t nkw = kwargs ? DICT(kwargs)->used : 0;
    *argc = (int)npos;
    *out_kwnames = VALUE_NULL;
    if (nkw == 0) {
        *out_all = args;
        return true;
    }
    value_t all = tuple_new(npos + nkw), names = tuple_new(nkw);
    if (!all || !names) return false;
    memcpy(TUPLE(all)->items, pos, npos * sizeof(value_t));
    size_t p = 0, k = 0;
    value_t key, v;
    while (dict_next(kwargs, &p, &key, &v)) {
        if (!str_check(key)) {
            err_raise(&type_TypeError, "keywords must be strings");
            return false;
        }
        if (!(key = str_intern_value(key))) return false;
        TUPLE(names)->items[k] = key;
        TUPLE(all)->items[npos + k++] = v;
    }
    *out_all = all;
    *out_kwnames = names;
    return true;
}

/* DICT_MERGE: update with keyword arguments, refusing repeats. */
static bool dict_merge_kwargs(value_t d, value_t m)
{
    if (!obj_isinstance(m, &type_dict)) {
        value_t tmp = dict_new(0);
        if (!tmp || !dict_update(tmp, m)) {
            if (err_matches(&type_TypeError) || err_matches(&type_AttributeError)) {
                err_clear();
                err_raise(&type_TypeError, "argument after ** must be a mapping, not %T", m);
            }
            return false;
        }
        m = tmp;
    }
    size_t p = 0;
    value_t key, v, old;
    while (dict_next(m, &p, &key, &v)) {
        if (!str_check(key)) {
            err_raise(&type_TypeError, "keywords must be strings");
            return false;
        }
        int r = dict_lookup(d, key, &old);
        if (r < 0) return false;
        if (r) {
            err_raise(&type_TypeError, "got multiple values for keyword argument '%S'", key);
            return false;
        }
        if (!dict_set(d, key, v)) return false;
    }
    return true;
}

static bool import_star(Frame *f, value_t module)
{
    value_t ns = f->locals_dict ? f->locals_dict : f->globals;
    value_t all = obj_getattr_opt(module, s_all);
    if (!all) return false;
    if (all != VALUE_UNBOUND) {
        value_t it = obj_iter(all), name;
        if (!it) return false;
        while ((name = obj_next(it)) != VALUE_STOP) {
            if (!name) return false;
            value_t v = obj_getattr(module, str_check(name) ? str_intern_value(name) : name);
            if (!v || !dict_set(ns, name, v)) return false;
        }
        return true;
    }
    if (OBJ(module)->type != &type_module) return true;
    value_t d = ((Module *)module)->dict, key, v;
    size_t p = 0;
    while (dict_next(d, &p, &key, &v))
        if (str_check(key) && str_data(key)[0] != '_' && !dict_set(ns, key, v)) return false;
    return true;
}

static value_t import_from(value_t module, value_t name)
{
    value_t v = obj_getattr_opt(module, name);
    if (v != VALUE_UNBOUND) return v;
    value_t mname = obj_getattr_opt(module, s_name);
    value_t path = obj_getattr_opt(module, s_path);
    if (path && path != VALUE_UNBOUND && mname && str_check(mname)) { /* from package import submodule */
        StrBuf b;
        strbuf_init(&b, str_len(mname) + str_len(name) + 2);
        strbuf_add(&b, str_data(mname), str_len(mname));
        strbuf_add_char(&b, '.');
        strbuf_add(&b, str_data(name), str_len(name));
        value_t full = strbuf_finish(&b);
        if (!full) return VALUE_NULL;
        if ((v = module_import(full))) return v;
        if (!err_matches(&type_ImportError)) return VALUE_NULL;
        err_clear();
    }
    value_t file = obj_getattr_opt(module, s_file);
    if (!mname || !file) return VALUE_NULL;
    if (mname == VALUE_UNBOUND) mname = str_from_cstr("?");
    if (file == VALUE_UNBOUND)
        return err_raise(&type_ImportError, "cannot import name '%S' from '%S' (unknown location)", name, mname);
    return err_raise(&type_ImportError, "cannot import name '%S' from '%S' (%S)", name, mname, file);
}

static value_t import_name(value_t name, value_t fromlist, value_t level)
{
    if (level != value_from_small(0))
        return err_raise(&type_ImportError, "attempted relative import with no known parent package");
    value_t m = module_import(name);
    if (!m || fromlist != VALUE_NONE) return m;
    const char *dot = strchr(str_data(name), '.');
    if (!dot) return m;
    return module_import(str_intern(str_data(name), (size_t)(dot - str_data(name))));
}

/* SETUP_WITH: look up __enter__/__exit__ on the type, call __enter__;
 * out[0] = bound __exit__, out[1] = what __enter__ returned. */
static bool with_enter(value_t cm, value_t out[2])
{
    const Type *t = obj_type(cm);
    value_t enter = type_lookup(t, s_enter), exit = type_lookup(t, s_exit);
    if (!enter || !exit) {
        err_raise(&type_TypeError, "'%s' object does not support the context manager protocol", obj_type_name(cm));
        return false;
    }
    const Type *et = obj_type(exit);
    if (et->flags & TYPE_METHOD) exit = boundmethod_new(cm, exit);
    else if (et->descr_get) exit = et->descr_get(exit, cm, (value_t)t);
    if (!exit) return false;
    const Type *nt = obj_type(enter);
    value_t r;
    if (nt->flags & TYPE_METHOD) r = obj_call1(enter, cm);
    else if (nt->descr_get) r = (enter = nt->descr_get(enter, cm, (value_t)t)) ? obj_call0(enter) : VALUE_NULL;
    else r = obj_call0(enter);
    out[0] = exit;
    out[1] = r;
    return r != VALUE_NULL;
}

/* WITH_EXCEPT: exit(type(exc), exc, None), as a bool. */
static value_t with_except(value_t exit, value_t exc)
{
    /* No traceback objects: the exception's (code, line) list stands in. */
    value_t tb = ((Exception *)exc)->traceback;
    value_t args[3] = { obj_type_value(exc), exc, tb ? tb : VALUE_NONE };
    value_t r = obj_call(exit, 3, args, VALUE_NULL);
    if (!r) return VALUE_NULL;
    int t = obj_truthy(r);
    return t < 0 ? VALUE_NULL : value_from_bool(t);
}

static value_t raise_with_cause(value_t exc, value_t cause)
{
    if (cause != VALUE_NONE) {
        if (obj_isinstance(cause, &type_type) && type_is_subtype((const Type *)cause, &type_BaseException) &&
            !(cause = obj_call0(cause)))
            return VALUE_NULL;
        if (!obj_isinstance(cause, &type_BaseException))
            return err_raise(&type_TypeError, "exception causes must derive from BaseException");
    }
    bool valid = obj_isinstance(exc, &type_BaseException) ||
                 (obj_isinstance(exc, &type_type) && type_is_subtype((const Type *)exc, &type_BaseException));
    err_raise_value(exc);
    if (valid && vm_state.exc) ((Exception *)vm_state.exc)->cause = cause;
    return VALUE_NULL;
}

/* Small-int fast paths of BINARY_OP; VALUE_NULL: take the generic path. */
static inline value_t small_binary(unsigned op, small_int_t x, small_int_t y)
{
    small_int_t r;
    switch (op & ~(unsigned)OP_INPLACE) {
    case OP_ADD: r = x + y; break;
    case OP_SUB: r = x - y; break;
    case OP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return VALUE_NULL;
        break;
    case OP_FLOORDIV:
        if (y == 0) return VALUE_NULL;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
        break;
    case OP_MOD:
        if (y == 0) return VALUE_NULL;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        break;
    case OP_AND: r = x & y; break;
    case OP_OR: r = x | y; break;
    case OP_XOR: r = x ^ y; break;
    case OP_LSHIFT:
        if (y < 0 || y >= (small_int_t)(sizeof(small_int_t) * 8 - 2)) return VALUE_NULL;
        if (__builtin_mul_overflow(x, (small_int_t)1 << y, &r)) return VALUE_NULL;
        break;
    case OP_RSHIFT:
        if (y < 0) return VALUE_NULL;
        r = y >= (small_int_t)(sizeof(small_int_t) * 8) ? (x < 0 ? -1 : 0) : x >> y;
        break;
    default: return VALUE_NULL;
    }
    return small_int_fits(r) ? value_from_small(r) : VALUE_NULL;
}

static inline bool small_compare(unsigned cmp, small_int_t x, small_int_t y)
{
    switch (cmp) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

/* ---- for statements ------------------------------------------------------ */

/* A for statement keeps its state in three stack slots (see GET_LOOP_ITER
 * in opcodes.h) so that the common loops need no iterator object: a hard
 * IRQ handler can loop over a buffer or a range with the heap locked.
 * [x] -> [obj i n]. */
static bool loop_start(value_t *s)
{
    value_t x = s[0];
    if (value_is_obj(x)) {
        const Type *t = OBJ(x)->type;
        if (t == &type_list || t == &type_tuple || t == &type_bytes || t == &type_bytearray) {
            s[1] = value_from_small(0);
            s[2] = VALUE_NULL;
            return true;
        }
        const Range *r = (const Range *)x;
        if (t == &type_range && small_int_fits(r->start) && small_int_fits(r->stop) && small_int_fits(r->step)) {
            s[0] = value_from_small(r->step);
            s[1] = value_from_small(r->start);
            s[2] = value_from_small(r->stop);
            return true;
        }
    }
    value_t it = obj_iter(x);
    if (!it) return false;
    s[0] = it;
    s[1] = s[2] = VALUE_NULL;
    return true;
}

/* [f a1..an] -> [obj i n]: `for x in range(...)` counts without a range
 * object when f is the built-in range; anything else is called. */
static bool range_loop_start(value_t *s, unsigned n)
{
    if (s[0] == type_value(&type_range)) {
        small_int_t v[3] = { 0, 0, 1 };
        unsigned ints = 0;
        for (unsigned i = 0; i < n; i++) {
            if (!value_is_int(s[1 + i])) break;
            v[n == 1 ? 1 : i] = value_to_small(s[1 + i]);
            ints++;
        }
        if (ints == n && v[2] != 0) {
            s[0] = value_from_small(v[2]);
            s[1] = value_from_small(v[0]);
            s[2] = value_from_small(v[1]);
            return true;
        }
    }
    value_t r = obj_call(s[0], (int)n, s + 1, VALUE_NULL);
    if (!r) return false;
    s[0] = r;
    return loop_start(s);
}

/* The next item of a list, tuple, bytes or bytearray at *index (advanced),
 * or VALUE_STOP. The length is read each time: the loop sees a list grow. */
static inline value_t seq_loop_next(value_t seq, value_t *index)
{
    small_int_t i = value_to_small(*index);
    const Type *t = OBJ(seq)->type;
    value_t v;
    if (t == &type_list || t == &type_tuple) {
        size_t len;
        const value_t *items = seq_items(seq, &len);
        if ((size_t)i >= len) return VALUE_STOP;
        v = items[i];
    } else if (t == &type_bytes) {
        if ((size_t)i >= BYTES(seq)->len) return VALUE_STOP;
        v = value_from_small(BYTES(seq)->data[i]);
    } else {
        if ((size_t)i >= BYTEARRAY(seq)->len) return VALUE_STOP;
        v = value_from_small(BYTEARRAY(seq)->items[i]);
    }
    *index = value_from_small(i + 1);
    return v;
}

/* ---- The loop ----------------------------------------------------------- */

#define ARG() (ip += 2, (unsigned)(ip[-2] | (ip[-1] << 8)))
#define NAME_ARG() (TUPLE(code->names)->items[ARG()])
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])

/* Frame switch: store / reload the loop's registers. */
#define SAVE_FRAME() (f->ip = ip, f->sp = sp)
#define LOAD_FRAME()                                  \
    do {                                              \
        code = f->code;                               \
        ip = f->ip;                                   \
        sp = f->sp;                                   \
    } while (0)

#define MAY_RAISE(v)                          \
    do {                                      \
        if (UNLIKELY((v) == VALUE_NULL)) goto error; \
    } while (0)
#define MAY_FAIL(ok)                          \
    do {                                      \
        if (UNLIKELY(!(ok))) goto error;      \
    } while (0)
#define SAFE_POINT()                                       \
    do {                                                   \
        if (UNLIKELY(vm_state.pending) && !run_pending()) goto error; \
    } while (0)

#if CONFIG_COMPUTED_GOTO
#define TARGET(op) L_##op:
#define DISPATCH() goto *dispatch_table[*ip++]
#define LOOP_BEGIN DISPATCH();
#define LOOP_END
#else
#define TARGET(op) case BC_##op:
#define DISPATCH() goto dispatch
#define LOOP_BEGIN dispatch: switch (*ip++) {
#define LOOP_END default: goto bad_opcode; }
#endif

static value_t __attribute__((noinline)) run(Frame *f, bool throwing)
{
#if CONFIG_COMPUTED_GOTO
#define LABEL_ADDRESS(name, nargs, doc) &&L_##name,
    static const void *const dispatch_table[OPCODE_COUNT] = { OPCODE_LIST(LABEL_ADDRESS) };
#undef LABEL_ADDRESS
#endif
    char probe;
    if (UNLIKELY(&probe < stack_floor)) return recursion_error();
    if (UNLIKELY(++vm_state.depth > vm_state.max_depth)) {
        vm_state.depth--;
        return recursion_error();
    }
    Frame *const entry = f;
    const value_t outer_handled = vm_state.handled_exc;
    f->back = vm_state.frame;
    vm_state.frame = f;
    vm_state.globals = f->globals;
    if (UNLIKELY(f->handled_exc)) {
        vm_state.handled_exc = f->handled_exc;
        f->handled_exc = VALUE_NULL;
    }

    const Code *code;
    const uint8_t *ip;
    value_t *sp;
    value_t result;
    bool reraise = false;        /* error: keep the traceback as it is */
    /* do_call's inputs: the callable, its arguments, and sp already lowered
     * to where the result goes. */
    value_t call_fn, call_kw;
    const value_t *call_args;
    int call_argc;

    IRQ_PROF(9);
    LOAD_FRAME();
    if (UNLIKELY(throwing)) goto error;
    IRQ_PROF(10);

    LOOP_BEGIN

    TARGET(NOP) { DISPATCH(); }
    TARGET(POP_TOP) { sp--; DISPATCH(); }
    TARGET(DUP_TOP) { value_t v = TOP(); PUSH(v); DISPATCH(); }
    TARGET(DUP_TOP_TWO) {
        sp[0] = sp[-2];
        sp[1] = sp[-1];
        sp += 2;
        DISPATCH();
    }
    TARGET(ROT_TWO) {
        value_t t = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = t;
        DISPATCH();
    }
    TARGET(ROT_THREE) {
        value_t t = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = t;
        DISPATCH();
    }
    TARGET(ROT_FOUR) {
        value_t t = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = t;
        DISPATCH();
    }
    TARGET(LOAD_CONST) { PUSH(TUPLE(code->consts)->items[ARG()]); DISPATCH(); }
    TARGET(LOAD_NONE) { PUSH(VALUE_NONE); DISPATCH(); }
    TARGET(LOAD_TRUE) { PUSH(VALUE_TRUE); DISPATCH(); }
    TARGET(LOAD_FALSE) { PUSH(VALUE_FALSE); DISPATCH(); }
    TARGET(LOAD_SMALL_INT) { PUSH(value_from_small((int16_t)ARG())); DISPATCH(); }

    TARGET(LOAD_FAST) {
        unsigned i = ARG();
        value_t v = f->locals[i];
        if (UNLIKELY(v == VALUE_UNBOUND)) {
            unbound_local(code, i);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) { f->locals[ARG()] = POP(); DISPATCH(); }
    TARGET(DELETE_FAST) {
        unsigned i = ARG();
        if (f->locals[i] == VALUE_UNBOUND) {
            unbound_local(code, i);
            goto error;
        }
        f->locals[i] = VALUE_UNBOUND;
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        unsigned i = ARG();
        value_t v = ((Cell *)f->locals[i])->value;
        if (UNLIKELY(v == VALUE_UNBOUND)) {
            unbound_local(code, i);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) { ((Cell *)f->locals[ARG()])->value = POP(); DISPATCH(); }
    TARGET(DELETE_DEREF) {
        unsigned i = ARG();
        Cell *c = (Cell *)f->locals[i];
        if (c->value == VALUE_UNBOUND) {
            unbound_local(code, i);
            goto error;
        }
        c->value = VALUE_UNBOUND;
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        unsigned i = ARG();
        value_t c = cell_new(f->locals[i]);
        MAY_RAISE(c);
        f->locals[i] = c;
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        value_t v = load_name(f, NAME_ARG());
        MAY_RAISE(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        value_t name = NAME_ARG();
        value_t v = POP();
        MAY_FAIL(dict_set(f->locals_dict ? f->locals_dict : f->globals, name, v));
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        value_t name = NAME_ARG();
        int r = dict_del(f->locals_dict ? f->locals_dict : f->globals, name);
        if (r == 0) name_error(name);
        MAY_FAIL(r > 0);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        InlineCache *ic = &code->caches[ARG()];
        value_t g = f->globals;
        uint32_t epoch = ic_epoch;
        IRQ_ORDER();
        if (LIKELY(ic->key == VALUE_TO_PTR(g) && ic->version == DICT(g)->version &&
                   ic->version2 == DICT(vm_state.builtins)->version)) {
            value_t *slot = (value_t *)ic->value;
            if (LIKELY(ic_unchanged(epoch))) {
                PUSH(*slot);
                DISPATCH();
            }
        }
        value_t v = load_global_slow(ic, g);
        MAY_RAISE(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        value_t name = NAME_ARG();
        value_t v = POP();
        MAY_FAIL(dict_set(f->globals, name, v));
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        value_t name = NAME_ARG();
        int r = dict_del(f->globals, name);
        if (r == 0) name_error(name);
        MAY_FAIL(r > 0);
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        InlineCache *ic = &code->caches[ARG()];
        value_t obj = TOP(), r = VALUE_UNBOUND;
        const Type *t = obj_type(obj);
        if (t == &type_module) r = module_attr_cached(ic, obj);
        else r = load_attr_cached(ic, obj, t);
        if (r == VALUE_UNBOUND) r = load_attr_slow(ic, obj, t);
        MAY_RAISE(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        InlineCache *ic = &code->caches[ARG()];
        value_t obj = POP(), v = POP();
        MAY_FAIL(store_attr(ic, obj, v));
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        value_t name = NAME_ARG();
        value_t obj = POP();
        MAY_FAIL(obj_setattr(obj, name, VALUE_NULL));
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        IRQ_PROF(11);
        InlineCache *ic = &code->caches[ARG()];
        value_t obj = TOP();
        const Type *t = obj_type(obj);
        value_t m = method_cached(ic, obj, t);
        if (LIKELY(m)) {
            IRQ_PROF(12);
            TOP() = m;
            PUSH(obj);
            DISPATCH();
        }
        value_t out[2];
        MAY_FAIL(method_lookup(ic, obj, t, out));
        TOP() = out[0];
        PUSH(out[1]);
        DISPATCH();
    }

    TARGET(LOAD_SUBSCR) {
        value_t key = POP(), obj = TOP(), r;
        if (value_is_int(key) && value_is_obj(obj) &&
            (OBJ(obj)->type == &type_list || OBJ(obj)->type == &type_tuple)) {
            size_t len;
            value_t *items = seq_items(obj, &len);
            small_int_t i = value_to_small(key);
            if (i < 0) i += (small_int_t)len;
            if (i >= 0 && (size_t)i < len) {
                TOP() = items[i];
                DISPATCH();
            }
        }
        r = obj_getitem(obj, key);
        MAY_RAISE(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        value_t key = POP(), obj = POP(), v = POP();
        if (value_is_int(key) && value_is_obj(obj) && OBJ(obj)->type == &type_list) {
            small_int_t i = value_to_small(key), len = (small_int_t)LIST(obj)->len;
            if (i < 0) i += len;
            if (i >= 0 && i < len) {
                LIST(obj)->items[i] = v;
                DISPATCH();
            }
        }
        MAY_FAIL(obj_setitem(obj, key, v));
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        value_t key = POP(), obj = POP();
        MAY_FAIL(obj_delitem(obj, key));
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        unsigned n = ARG();
        value_t step = n == 3 ? POP() : VALUE_NONE;
        value_t stop = POP(), start = TOP();
        value_t s = slice_new(start, stop, step);
        MAY_RAISE(s);
        TOP() = s;
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        unsigned op = ARG();
        value_t b = POP(), a = TOP(), r;
        if (LIKELY(a & b & 1) && (r = small_binary(op, value_to_small(a), value_to_small(b)))) {
            TOP() = r;
            DISPATCH();
        }
        r = float_fast_binary(a, b, (int)op);
        if (r == VALUE_NOTIMPL) r = obj_binary(a, b, (int)op);
        MAY_RAISE(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_OP) {
        unsigned uop = ARG();
        value_t a = TOP(), r;
        if (value_is_int(a) && a != value_from_small(SMALL_INT_MIN)) {
            small_int_t x = value_to_small(a);
            TOP() = value_from_small(uop == UOP_NEG ? -x : uop == UOP_POS ? x : ~x);
            DISPATCH();
        }
        r = obj_unary(a, (int)uop);
        MAY_RAISE(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        value_t a = TOP();
        int t = a == VALUE_TRUE ? 1 : a == VALUE_FALSE ? 0 : obj_truthy(a);
        MAY_FAIL(t >= 0);
        TOP() = value_from_bool(!t);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        unsigned cmp = ARG();
        value_t b = POP(), a = TOP(), r;
        if (LIKELY(a & b & 1)) {
            TOP() = value_from_bool(small_compare(cmp, value_to_small(a), value_to_small(b)));
            DISPATCH();
        }
        r = obj_compare(a, b, (int)cmp);
        MAY_RAISE(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(IS_OP) {
        unsigned invert = ARG();
        value_t b = POP();
        TOP() = value_from_bool((TOP() == b) != (invert != 0));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        unsigned invert = ARG();
        value_t b = POP();
        int r = obj_contains(b, TOP());
        MAY_FAIL(r >= 0);
        TOP() = value_from_bool((r != 0) != (invert != 0));
        DISPATCH();
    }

    TARGET(JUMP) {
        const uint8_t *target = code->bytecode + ARG();
        if (target < ip) SAFE_POINT();
        ip = target;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        unsigned target = ARG();
        value_t v = POP();
        int t = v == VALUE_TRUE ? 1 : v == VALUE_FALSE ? 0 : obj_truthy(v);
        MAY_FAIL(t >= 0);
        if (!t) {
            if (code->bytecode + target < ip) SAFE_POINT();
            ip = code->bytecode + target;
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        unsigned target = ARG();
        value_t v = POP();
        int t = v == VALUE_TRUE ? 1 : v == VALUE_FALSE ? 0 : obj_truthy(v);
        MAY_FAIL(t >= 0);
        if (t) {
            if (code->bytecode + target < ip) SAFE_POINT();
            ip = code->bytecode + target;
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        unsigned target = ARG();
        int t = obj_truthy(TOP());
        MAY_FAIL(t >= 0);
        if (!t) ip = code->bytecode + target;
        else sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        unsigned target = ARG();
        int t = obj_truthy(TOP());
        MAY_FAIL(t >= 0);
        if (t) ip = code->bytecode + target;
        else sp--;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        value_t it = obj_iter(TOP());
        MAY_RAISE(it);
        TOP() = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        unsigned target = ARG();
        value_t it = TOP();
        value_t (*next)(value_t) = obj_type(it)->next;
        value_t v = next ? next(it) : obj_next(it);
        if (v == VALUE_STOP) {
            sp--;
            ip = code->bytecode + target;
            DISPATCH();
        }
        MAY_RAISE(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(GET_LOOP_ITER) {
        MAY_FAIL(loop_start(sp - 1));
        sp += 2;
        DISPATCH();
    }
    TARGET(GET_RANGE_LOOP) {
        unsigned n = ARG();
        value_t *base = sp - n - 1;
        MAY_FAIL(range_loop_start(base, n));
        sp = base + 3;
        DISPATCH();
    }
    TARGET(FOR_LOOP) {
        unsigned target = ARG();
        value_t obj = sp[-3], v;
        if (value_is_int(obj)) { /* counting: step, current, stop */
            small_int_t step = value_to_small(obj), cur = value_to_small(sp[-2]);
            small_int_t stop = value_to_small(sp[-1]);
            if (step > 0 ? cur >= stop : cur <= stop) goto loop_done;
            small_int_t next = cur + step; /* small ints have a spare bit: no C overflow */
            sp[-2] = small_int_fits(next) ? value_from_small(next) : sp[-1];
            PUSH(value_from_small(cur));
            DISPATCH();
        }
        if (sp[-2] == VALUE_NULL) {
            value_t (*next)(value_t) = obj_type(obj)->next;
            v = next ? next(obj) : obj_next(obj);
        } else {
            v = seq_loop_next(obj, &sp[-2]);
        }
        if (v == VALUE_STOP) goto loop_done;
        MAY_RAISE(v);
        PUSH(v);
        DISPATCH();
    loop_done:
        sp -= 3;
        ip = code->bytecode + target;
        DISPATCH();
    }

    TARGET(SETUP_EXCEPT) {
        unsigned handler = ARG();
        if (UNLIKELY(f->nblocks >= f->maxblocks)) {
            err_raise(&type_RuntimeError, "too many nested blocks");
            goto error;
        }
        Block *b = &frame_blocks(f)[f->nblocks++];
        b->handler = handler;
        b->depth = (uint32_t)(sp - (f->locals + code->nlocals));
        DISPATCH();
    }
    TARGET(POP_BLOCK) { f->nblocks--; DISPATCH(); }
    TARGET(POP_EXCEPT) { vm_state.handled_exc = POP(); DISPATCH(); }
    TARGET(CHECK_EXC_MATCH) {
        unsigned n = ARG();
        value_t exc = PEEK(n + 1);
        for (unsigned i = n; i > 0; i--) MAY_FAIL(exc_valid_class(PEEK(i)));
        bool match = false;
        for (unsigned i = n; i > 0 && !match; i--) match = exc_matches(exc, PEEK(i));
        sp -= n;
        PUSH(value_from_bool(match));
        DISPATCH();
    }
    TARGET(RERAISE) {
        err_restore(POP());
        reraise = true;
        goto error;
    }
    TARGET(RAISE) {
        unsigned n = ARG();
        if (n == 0) {
            if (!vm_state.handled_exc) {
                err_raise(&type_RuntimeError, "No active exception to reraise");
                goto error;
            }
            err_restore(vm_state.handled_exc);
            reraise = true;
        } else if (n == 1) {
            err_raise_value(POP());
        } else {
            value_t cause = POP();
            raise_with_cause(POP(), cause);
        }
        goto error;
    }
    TARGET(SETUP_WITH) {
        unsigned handler = ARG();
        value_t out[2];
        MAY_FAIL(with_enter(TOP(), out));
        if (UNLIKELY(f->nblocks >= f->maxblocks)) {
            err_raise(&type_RuntimeError, "too many nested blocks");
            goto error;
        }
        TOP() = out[0];
        Block *b = &frame_blocks(f)[f->nblocks++];
        b->handler = handler;
        b->depth = (uint32_t)(sp - (f->locals + code->nlocals));
        PUSH(out[1]);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT) {
        value_t r = with_except(PEEK(3), TOP());
        MAY_RAISE(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(WITH_EXIT) {
        value_t args[3] = { VALUE_NONE, VALUE_NONE, VALUE_NONE };
        value_t r = obj_call(POP(), 3, args, VALUE_NULL);
        MAY_RAISE(r);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        result = POP();
        if (f == entry) {
            f->ip = NULL;
            goto leave;
        }
        Frame *back = f->back;
        frame_free(f);
        f = back;
        vm_state.depth--;
        vm_state.frame = f;
        vm_state.globals = f->globals;
        LOAD_FRAME();
        PUSH(result);
        SAFE_POINT();
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        result = POP();
        SAVE_FRAME();
        goto suspend;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        value_t v = TOP();
        if (!value_is_obj(v) || OBJ(v)->type != &type_generator) {
            v = obj_iter(v);
            MAY_RAISE(v);
            TOP() = v;
        }
        DISPATCH();
    }
    TARGET(YIELD_FROM) {
        value_t sent = POP(), it = TOP(), r;
        bool done = false;
        if (value_is_obj(it) && OBJ(it)->type == &type_generator) {
            r = gen_resume(it, sent, VALUE_NULL, &done);
        } else if (sent == VALUE_NONE) {
            r = obj_next(it);
            if (r == VALUE_STOP) {
                r = VALUE_NONE;
                done = true;
            }
        } else {
            r = obj_call_method(it, s_send, 1, &sent);
        }
        if (!r && err_matches(&type_StopIteration)) {
            r = gen_stop_value(err_fetch());
            done = true;
        }
        MAY_RAISE(r);
        if (done) {
            TOP() = r;
            DISPATCH();
        }
        result = r;
        ip--; /* resume at YIELD_FROM again, with the next sent value pushed */
        SAVE_FRAME();
        goto suspend;
    }

    TARGET(CALL_FUNCTION) {
        unsigned argc = ARG();
        value_t *base = sp - argc - 1;
        call_fn = base[0];
        call_args = base + 1;
        call_argc = (int)argc;
        call_kw = VALUE_NULL;
        if (value_is_obj(call_fn) && OBJ(call_fn)->type == &type_boundmethod) {
            base[0] = ((BoundMethod *)call_fn)->self; /* the callable's slot becomes self */
            call_fn = ((BoundMethod *)call_fn)->func;
            call_args = base;
            call_argc++;
        }
        sp = base;
        goto do_call;
    }
    TARGET(CALL_FUNCTION_KW) {
        unsigned argc = ARG();
        call_kw = POP();
        value_t *base = sp - argc - 1;
        call_fn = base[0];
        call_args = base + 1;
        call_argc = (int)(argc - TUPLE(call_kw)->len);
        if (value_is_obj(call_fn) && OBJ(call_fn)->type == &type_boundmethod) {
            base[0] = ((BoundMethod *)call_fn)->self;
            call_fn = ((BoundMethod *)call_fn)->func;
            call_args = base;
            call_argc++;
        }
        sp = base;
        goto do_call;
    }
    TARGET(CALL_FUNCTION_EX) {
        unsigned flags = ARG();
        value_t kwargs = (flags & 1) ? POP() : VALUE_NULL;
        value_t args = POP(), all;
        MAY_FAIL(spread_call_args(args, kwargs, &all, &call_kw, &call_argc));
        call_fn = TOP();
        call_args = TUPLE(all)->items;
        sp--;
        goto do_call;
    }
    TARGET(CALL_METHOD) {
        call_argc = (int)ARG();
    call_method: /* CALL_LOCAL_METHOD's general case joins here */
        IRQ_PROF(13);
        unsigned argc = (unsigned)call_argc;
        value_t *base = sp - argc - 2;
        value_t fn = base[0];
        /* LOAD_METHOD left self, or NULL when it found a plain attribute */
        bool with_self = base[1] != VALUE_NULL;
        const value_t *args = base + 2 - with_self;
        int n = (int)argc + with_self;
        sp = base;
        /* A built-in method (t.counter()): its C function is called
         * directly, no argument tuple, no bound method. */
        if (value_is_obj(fn) && OBJ(fn)->type == &type_builtin) {
            const Builtin *b = (const Builtin *)fn;
            value_t r;
            IRQ_PROF(19);
            if (b->kind == BUILTIN_VAR) { /* optional arguments: t.counter() / t.counter(v) */
                if (LIKELY((unsigned)(n - b->min_args) <= (unsigned)(b->max_args - b->min_args))) {
                    IRQ_PROF(20);
                    r = b->fn.fv(n, args);
                } else {
                    r = builtin_call(b, n, args, VALUE_NULL);
                }
            } else if (b->kind <= BUILTIN_FIX3 && b->kind == n) {
                IRQ_PROF(20);
                switch (b->kind) {
                case BUILTIN_FIX0: r = b->fn.f0(); break;
                case BUILTIN_FIX1: r = b->fn.f1(args[0]); break;
                case BUILTIN_FIX2: r = b->fn.f2(args[0], args[1]); break;
                default: r = b->fn.f3(args[0], args[1], args[2]); break;
                }
            } else {
                r = builtin_call(b, n, args, VALUE_NULL);
            }
            MAY_RAISE(r);
            PUSH(r);
            SAFE_POINT();
            DISPATCH();
        }
        call_fn = fn;
        call_args = args;
        call_argc = n;
        call_kw = VALUE_NULL;
        goto do_call;
    }
    TARGET(CALL_LOCAL_METHOD) {
        IRQ_PROF(11);
        unsigned i = ARG();
        InlineCache *ic = &code->caches[ARG()];
        value_t obj = f->locals[i];
        if (UNLIKELY(obj == VALUE_UNBOUND)) {
            unbound_local(code, i);
            goto error;
        }
        PUSH(obj);
        const Type *t = obj_type(obj);
        value_t m = method_cached(ic, obj, t);
        /* a cached built-in method that takes self alone: called at once */
        const Builtin *b = (const Builtin *)m;
        if (LIKELY(m) && value_is_obj(m) && b->base.type == &type_builtin) {
            bool optional = b->kind == BUILTIN_VAR && b->min_args <= 1 && b->max_args >= 1;
            if (optional || b->kind == BUILTIN_FIX1) {
                IRQ_PROF(12);
                IRQ_PROF(13);
                IRQ_PROF(19);
                IRQ_PROF(20);
                value_t r = optional ? b->fn.fv(1, sp - 1) : b->fn.f1(obj);
                MAY_RAISE(r);
                TOP() = r;
                SAFE_POINT();
                DISPATCH();
            }
        }
        value_t out[2] = { m, obj };
        if (!m) MAY_FAIL(method_lookup(ic, obj, t, out));
        sp[-1] = out[0];
        PUSH(out[1]);
        call_argc = 0;
        goto call_method;
    }
    TARGET(CALL_METHOD_KW) {
        unsigned argc = ARG();
        call_kw = POP();
        value_t *base = sp - argc - 2;
        call_fn = base[0];
        call_argc = (int)(argc - TUPLE(call_kw)->len);
        if (base[1]) {
            call_args = base + 1;
            call_argc++;
        } else {
            call_args = base + 2;
        }
        sp = base;
        goto do_call;
    }
    TARGET(MAKE_FUNCTION) {
        unsigned flags = ARG();
        value_t c = POP();
        value_t closure = (flags & 4) ? POP() : VALUE_NULL;
        value_t kwdefaults = (flags & 2) ? POP() : VALUE_NULL;
        value_t defaults = (flags & 1) ? POP() : VALUE_NULL;
        value_t fn = func_new(c, f->globals);
        MAY_RAISE(fn);
        FUNCTION(fn)->closure = closure;
        FUNCTION(fn)->kwdefaults = kwdefaults;
        FUNCTION(fn)->defaults = defaults;
        PUSH(fn);
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        unsigned n = ARG();
        sp -= n;
        value_t t = n ? tuple_from(n, sp) : tuple_empty;
        MAY_RAISE(t);
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        unsigned n = ARG();
        sp -= n;
        value_t l = list_from(n, sp);
        MAY_RAISE(l);
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        unsigned n = ARG();
        sp -= n;
        value_t s = set_new(&type_set);
        MAY_RAISE(s);
        for (unsigned i = 0; i < n; i++) MAY_FAIL(set_add(s, sp[i]));
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        unsigned n = ARG();
        sp -= 2 * n;
        value_t d = dict_new(n);
        MAY_RAISE(d);
        for (unsigned i = 0; i < n; i++) MAY_FAIL(dict_set(d, sp[2 * i], sp[2 * i + 1]));
        PUSH(d);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        unsigned d = ARG();
        value_t v = POP();
        MAY_FAIL(list_append(PEEK(d), v));
        DISPATCH();
    }
    TARGET(SET_ADD) {
        unsigned d = ARG();
        value_t v = POP();
        MAY_FAIL(set_add(PEEK(d), v));
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        unsigned d = ARG();
        value_t v = POP(), k = POP();
        MAY_FAIL(dict_set(PEEK(d), k, v));
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        unsigned d = ARG();
        value_t v = POP();
        MAY_FAIL(list_extend(PEEK(d), v));
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        unsigned d = ARG();
        value_t v = POP();
        MAY_FAIL(set_update(PEEK(d), v));
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        unsigned d = ARG();
        value_t v = POP();
        if (!dict_update(PEEK(d), v)) {
            if (err_matches(&type_TypeError) || err_matches(&type_AttributeError)) {
                err_clear();
                err_raise(&type_TypeError, "'%s' object is not a mapping", obj_type_name(v));
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        unsigned d = ARG();
        value_t v = POP();
        MAY_FAIL(dict_merge_kwargs(PEEK(d), v));
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        value_t l = TOP();
        value_t t = tuple_from(LIST(l)->len, LIST(l)->items);
        MAY_RAISE(t);
        TOP() = t;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        unsigned n = ARG();
        value_t seq = POP();
        MAY_FAIL(unpack_sequence(seq, n, sp));
        sp += n;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        unsigned arg = ARG(), before = arg & 0xFF, after = arg >> 8;
        value_t seq = POP();
        MAY_FAIL(unpack_ex(seq, before, after, sp));
        sp += before + after + 1;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        unsigned flags = ARG();
        value_t spec = (flags & 4) ? POP() : VALUE_NULL;
        value_t r = format_value_op(TOP(), flags, spec);
        MAY_RAISE(r);
        TOP() = r;
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        unsigned n = ARG();
        sp -= n;
        value_t s = build_string(sp, n);
        MAY_RAISE(s);
        PUSH(s);
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        value_t name = NAME_ARG();
        value_t fromlist = POP(), level = TOP();
        value_t m = import_name(name, fromlist, level);
        MAY_RAISE(m);
        TOP() = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        value_t v = import_from(TOP(), NAME_ARG());
        MAY_RAISE(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        value_t m = POP();
        MAY_FAIL(import_star(f, m));
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        value_t bc = dict_get_str(vm_state.builtins, s_build_class);
        if (!bc) {
            err_raise(&type_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        value_t v = POP();
        if (v != VALUE_NONE) {
            value_t r = obj_repr(v);
            MAY_RAISE(r);
            port_write(str_data(r), str_len(r));
            port_write("\n", 1);
        }
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) { PUSH((value_t)&type_AssertionError); DISPATCH(); }

    LOOP_END

    /* A call: Python functions get a frame in this loop, the rest obj_call. */
do_call:
    if (func_check(call_fn) && !(CODE(FUNCTION(call_fn)->code)->flags & CODE_GENERATOR)) {
        const Function *fn = FUNCTION(call_fn);
        const Code *c = CODE(fn->code);
        Frame *nf = frame_alloc(c);
        MAY_FAIL(nf);
        frame_init(nf, c, call_fn, fn->globals, VALUE_NULL);
        if (!func_bind_args(fn, nf->locals, VALUE_NULL, call_argc, call_args, call_kw)) {
            frame_free(nf);
            goto error;
        }
        if (UNLIKELY(++vm_state.depth > vm_state.max_depth)) {
            vm_state.depth--;
            frame_free(nf);
            recursion_error();
            goto error;
        }
        SAVE_FRAME();
        nf->back = f;
        f = nf;
        vm_state.frame = f;
        vm_state.globals = f->globals;
        LOAD_FRAME();
        SAFE_POINT();
        DISPATCH();
    } else {
        value_t r = obj_call(call_fn, call_argc, call_args, call_kw);
        MAY_RAISE(r);
        PUSH(r);
        SAFE_POINT();
        DISPATCH();
    }

#if !CONFIG_COMPUTED_GOTO
bad_opcode:
    err_raise(&type_RuntimeError, "bad opcode %d", ip[-1]);
    goto error;
#endif

    /* Unwinding: record where we are, then find a handler in this frame or
     * leave it for the caller. */
error:
    {
        value_t exc = vm_state.exc;
        if (UNLIKELY(!exc)) {
            err_raise(&type_RuntimeError, "error return without exception set");
            exc = vm_state.exc;
        }
        if (!reraise) {
            set_context(exc);
            uint32_t pc = ip > code->bytecode ? (uint32_t)(ip - code->bytecode - 1) : 0;
            int line = code_line(code, pc);
            /* In a hard IRQ handler the heap is locked: irq/ keeps the entry. */
            if (!exc_add_traceback(exc, (value_t)code, line) && vm_state.hard_irq)
                irq_traceback_note(exc, (value_t)code, line);
            vm_state.exc = exc; /* exc_add_traceback may fail to allocate: keep this one */
        }
        reraise = false;
        if (f->nblocks > 0 && !vm_state.abort) {
            Block *b = &frame_blocks(f)[--f->nblocks];
            sp = f->locals + code->nlocals + b->depth;
            PUSH(vm_state.handled_exc);
            PUSH(exc);
            vm_state.handled_exc = exc;
            vm_state.exc = VALUE_NULL;
            ip = code->bytecode + b->handler;
            DISPATCH();
        }
        if (f == entry) {
            f->ip = NULL;
            result = VALUE_NULL;
            goto leave;
        }
        Frame *back = f->back;
        frame_free(f);
        f = back;
        vm_state.depth--;
        vm_state.frame = f;
        vm_state.globals = f->globals;
        LOAD_FRAME();
        goto error;
    }

    /* A generator yields: the caller's handled exception comes back. */
suspend:
    if (UNLIKELY(vm_state.handled_exc != outer_handled)) {
        f->handled_exc = vm_state.handled_exc;
        vm_state.handled_exc = outer_handled;
    }
leave:
    /* The frame and globals of whoever entered us (vm_state.globals is
     * always the running frame's). */
    f = entry->back;
    vm_state.frame = f;
    if (f) vm_state.globals = f->globals;
    vm_state.depth--;
    return result;
}

/* ---- Entry points ------------------------------------------------------- */

value_t vm_run_frame(Frame *f) { return run(f, false); }

value_t vm_resume_frame(Frame *f, value_t sent)
{
    *f->sp++ = sent;
    return run(f, false);
}

value_t vm_throw_frame(Frame *f) { return run(f, true); }

value_t vm_call_method(value_t func, value_t self, int argc, const value_t *args, value_t kwnames)
{
    const Function *fn = FUNCTION(func);
    const Code *c = CODE(fn->code);
    if (c->flags & CODE_GENERATOR) return gen_new(func, self, argc, args, kwnames);
    Frame *f = frame_alloc(c);
    if (!f) return VALUE_NULL;
    frame_init(f, c, func, fn->globals, VALUE_NULL);
    value_t r = func_bind_args(fn, f->locals, self, argc, args, kwnames) ? run(f, false) : VALUE_NULL;
    frame_free(f);
    return r;
}

value_t vm_call_function(value_t func, int argc, const value_t *args, value_t kwnames)
{
    return vm_call_method(func, VALUE_NULL, argc, args, kwnames);
}

value_t vm_run_with_locals(value_t func, value_t locals_dict)
{
    const Function *fn = FUNCTION(func);
    const Code *c = CODE(fn->code);
    Frame *f = frame_alloc(c);
    if (!f) return VALUE_NULL;
    frame_init(f, c, func, fn->globals, locals_dict);
    value_t r = run(f, false);
    frame_free(f);
    return r;
}

value_t vm_run_module(value_t code, value_t globals)
{
    const Code *c = CODE(code);
    Frame *f = frame_alloc(c);
    if (!f) return VALUE_NULL;
    frame_init(f, c, VALUE_NULL, globals, globals);
    value_t r = run(f, false);
    frame_free(f);
    return r;
}

bool vm_super_args(value_t *cls, value_t *self)
{
    Frame *f = vm_state.frame;
    if (!f || !f->func || f->code->nlocals == 0 || (f->code->nargs == 0 && !(f->code->flags & CODE_VARARGS))) {
        err_raise(&type_RuntimeError, "super(): no arguments");
        return false;
    }
    value_t s = f->locals[0];
    if (value_is_obj(s) && OBJ(s)->type == &type_cell) s = ((Cell *)s)->value;
    if (s == VALUE_UNBOUND) {
        err_raise(&type_RuntimeError, "super(): arg[0] deleted");
        return false;
    }
    const Code *c = f->code;
    size_t n;
    value_t *vn = seq_items(c->varnames, &n);
    for (size_t i = 0; i < n && i < c->nlocals; i++) {
        if (vn[i] != s_class) continue;
        value_t cell = f->locals[i];
        if (!value_is_obj(cell) || OBJ(cell)->type != &type_cell || ((Cell *)cell)->value == VALUE_UNBOUND) {
            err_raise(&type_RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        *cls = ((Cell *)cell)->value;
        *self = s;
        return true;
    }
    err_raise(&type_RuntimeError, "super(): __class__ cell not found");
    return false;
}

bool vm_init(void)
{
    gc_add_root_range((value_t *)&vm_state, sizeof vm_state / sizeof(value_t));
    frame_stack_init();
    vm_state.max_depth = CONFIG_MAX_DEPTH;
    size_t limit = port_stack_limit();
    if (limit && port_stack_top) {
        size_t margin = limit / 8 < 16384 ? limit / 8 : 16384;
        stack_floor = port_stack_top - limit + margin;
    }
    if (!(s_build_class = str_intern_cstr("__build_class__")) || !(s_enter = str_intern_cstr("__enter__")) ||
        !(s_exit = str_intern_cstr("__exit__")) || !(s_class = str_intern_cstr("__class__")) ||
        !(s_all = str_intern_cstr("__all__")) || !(s_send = str_intern_cstr("send")) ||
        !(s_name = str_intern_cstr("__name__")) || !(s_file = str_intern_cstr("__file__")) ||
        !(s_path = str_intern_cstr("__path__")))
        return false;
    if (!func_init() || !gen_init() || !module_init()) return false;
    if (!(vm_state.modules = dict_new(8))) return false;
    value_t b = module_import(str_intern_cstr("builtins"));
    if (!b) return false;
    vm_state.builtins = ((Module *)b)->dict;
    return true;
}
