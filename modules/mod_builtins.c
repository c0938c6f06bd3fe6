/*
 * mod_builtins.c — the builtins module: the built-in functions and the
 * names of the built-in types and exceptions. Each function is a thin
 * wrapper over the generic operations of object.h and the types' own APIs.
 */
#include "modules.h"

#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "port.h"
#include "str.h"
#include "vm.h"

/* ---- print -------------------------------------------------------------- */

static bool write_value(value_t file, value_t s)
{
    if (file == VALUE_NULL || file == VALUE_NONE) {
        port_write(str_data(s), str_len(s));
        return true;
    }
    value_t args[1] = { s };
    return obj_call_method(file, str_intern_cstr("write"), 1, args) != VALUE_NULL;
}

typedef void (*Writer)(const char *s, size_t n);

/* Writes str(v) (repr(v) when repr) with out. Numbers are formatted on the
 * stack, so that a hard IRQ handler, which cannot allocate, can print them
 * (as in MicroPython). */
static bool print_item(Writer out, value_t v, bool repr)
{
    char buf[NUM_TEXT_SIZE];
    size_t n = num_text(v, buf);
    if (n) {
        out(buf, n);
        return true;
    }
    value_t s = repr ? obj_repr(v) : obj_str(v);
    if (!s) return false;
    out(str_data(s), str_len(s));
    return true;
}

bool builtins_print_value(value_t v, bool repr)
{
    if (!print_item(port_write, v, repr)) return false;
    port_write("\n", 1);
    return true;
}

static value_t bi_print_fn(int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = { "sep", "end", "file", "flush", NULL };
    value_t kw[4];
    size_t nkw = kwnames ? TUPLE(kwnames)->len : 0;
    int npos = argc;
    if (!arg_parse("print", 0, args + npos, kwnames, names, 0, kw)) return VALUE_NULL;
    value_t sep = kw[0] && kw[0] != VALUE_NONE ? kw[0] : VALUE_NULL;
    value_t end = kw[1] && kw[1] != VALUE_NONE ? kw[1] : VALUE_NULL;
    value_t file = kw[2];
    (void)nkw;
    if ((sep && !str_check(sep)) || (end && !str_check(end)))
        return err_raise(&type_TypeError, "%s must be None or a string, not %T", sep && !str_check(sep) ? "sep" : "end",
                         sep && !str_check(sep) ? sep : end);
    Writer out = port_write;
    if (file == VALUE_NULL || file == VALUE_NONE || sys_console_stream(file) == 1) file = VALUE_NULL;
    else if (sys_console_stream(file) == 2) out = port_write_err, file = VALUE_NULL;
    if (file) {
        StrBuf b;
        strbuf_init(&b, 64);
        for (int i = 0; i < npos; i++) {
            if (i) {
                if (sep) strbuf_add(&b, str_data(sep), str_len(sep));
                else strbuf_add_char(&b, ' ');
            }
            if (!strbuf_add_str(&b, args[i])) return VALUE_NULL;
        }
        if (end) strbuf_add(&b, str_data(end), str_len(end));
        else strbuf_add_char(&b, '\n');
        value_t s = strbuf_finish(&b);
        if (!s || !write_value(file, s)) return VALUE_NULL;
        return VALUE_NONE;
    }
    for (int i = 0; i < npos; i++) {
        if (i) {
            if (sep) out(str_data(sep), str_len(sep));
            else out(" ", 1);
        }
        if (!print_item(out, args[i], false)) return VALUE_NULL;
    }
    if (end) out(str_data(end), str_len(end));
    else out("\n", 1);
    if (kw[3]) {
        int flush = obj_truthy(kw[3]);
        if (flush < 0) return VALUE_NULL;
        if (flush) port_flush();
    }
    return VALUE_NONE;
}
static BUILTIN_KW(bi_print, "print", 0, ARGS_MANY, bi_print_fn);

/* ---- one-argument functions -------------------------------------------- */

static value_t bi_len_fn(value_t v)
{
    small_int_t n = obj_len(v);
    return n < 0 ? VALUE_NULL : value_from_small(n);
}
static BUILTIN_FIX(bi_len, "len", 1, bi_len_fn);

static BUILTIN_FIX(bi_repr, "repr", 1, obj_repr);
static BUILTIN_FIX(bi_ascii, "ascii", 1, str_ascii);

static bool is_number(value_t v) { return int_like(v) || float_check(v); }

/* Calls the dunder `name` of obj's type if it has one; VALUE_NOTIMPL if not. */
static value_t call_dunder(value_t obj, const char *name, int argc, const value_t *args)
{
    value_t n = str_intern_cstr(name);
    if (!n || !type_lookup(obj_type(obj), n)) return n ? VALUE_NOTIMPL : VALUE_NULL;
    return obj_call_method(obj, n, argc, args);
}

static value_t bi_abs_fn(value_t v)
{
    if (is_number(v)) return num_abs(v);
    value_t r = call_dunder(v, "__abs__", 0, NULL);
    if (r == VALUE_NOTIMPL) return err_raise(&type_TypeError, "bad operand type for abs(): '%T'", v);
    return r;
}
static BUILTIN_FIX(bi_abs, "abs", 1, bi_abs_fn);

static value_t all_any(value_t iterable, bool want)
{
    value_t it = obj_iter(iterable);
    if (!it) return VALUE_NULL;
    for (;;) {
        value_t x = obj_next(it);
        if (!x) return VALUE_NULL;
        if (x == VALUE_STOP) return value_from_bool(!want);
        int t = obj_truthy(x);
        if (t < 0) return VALUE_NULL;
        if (t == want) return value_from_bool(want);
    }
}
static value_t bi_all_fn(value_t v) { return all_any(v, false); }
static value_t bi_any_fn(value_t v) { return all_any(v, true); }
static BUILTIN_FIX(bi_all, "all", 1, bi_all_fn);
static BUILTIN_FIX(bi_any, "any", 1, bi_any_fn);

static value_t int_base_str(value_t v, int base)
{
    small_int_t idx;
    if (!int_check(v) && v != VALUE_TRUE && v != VALUE_FALSE) {
        if (!obj_get_index(v, &idx)) return VALUE_NULL;
        v = value_from_small(idx);
    }
    if (v == VALUE_TRUE || v == VALUE_FALSE) v = value_from_small(v == VALUE_TRUE);
    return int_to_str(v, base);
}
static value_t bi_bin_fn(value_t v) { return int_base_str(v, 2); }
static value_t bi_oct_fn(value_t v) { return int_base_str(v, 8); }
static value_t bi_hex_fn(value_t v) { return int_base_str(v, 16); }
static BUILTIN_FIX(bi_bin, "bin", 1, bi_bin_fn);
static BUILTIN_FIX(bi_oct, "oct", 1, bi_oct_fn);
static BUILTIN_FIX(bi_hex, "hex", 1, bi_hex_fn);

static value_t bi_callable_fn(value_t v)
{
    const Type *t = obj_type(v);
    if (t->flags & TYPE_HEAP) return value_from_bool(type_lookup(t, str_intern_cstr("__call__")) != VALUE_NULL);
    return value_from_bool(t->call != NULL);
}
static BUILTIN_FIX(bi_callable, "callable", 1, bi_callable_fn);

static value_t bi_chr_fn(value_t v)
{
    small_int_t n;
    if (!obj_get_index(v, &n)) return VALUE_NULL;
    if (n < 0 || n > 0x10FFFF) return err_raise(&type_ValueError, "chr() arg not in range(0x110000)");
    return str_from_char((uint32_t)n);
}
static BUILTIN_FIX(bi_chr, "chr", 1, bi_chr_fn);

static value_t bi_ord_fn(value_t v)
{
    if (str_check(v)) {
        const uint8_t *s = (const uint8_t *)str_data(v);
        if (STR(v)->nchars != 1)
            return err_raise(&type_TypeError, "ord() expected a character, but string of length %d found",
                             (int)STR(v)->nchars);
        uint32_t cp = s[0];
        int extra = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
        cp &= extra ? (0x3F >> extra) : 0x7F;
        for (int i = 1; i <= extra; i++) cp = (cp << 6) | (s[i] & 0x3F);
        return value_from_small(cp);
    }
    size_t n;
    uint8_t *p = obj_buffer(v, &n, false);
    if (!p) {
        err_clear();
        return err_raise(&type_TypeError, "ord() expected string of length 1, but %T found", v);
    }
    if (n != 1) return err_raise(&type_TypeError, "ord() expected a character, but string of length %d found", (int)n);
    return value_from_small(p[0]);
}
static BUILTIN_FIX(bi_ord, "ord", 1, bi_ord_fn);

static value_t bi_hash_fn(value_t v)
{
    small_int_t h;
    return obj_hash(v, &h) ? value_from_small(h) : VALUE_NULL;
}
static BUILTIN_FIX(bi_hash, "hash", 1, bi_hash_fn);

static value_t bi_id_fn(value_t v) { return int_from_u64((uint64_t)v); }
static BUILTIN_FIX(bi_id, "id", 1, bi_id_fn);

/* iter(callable, sentinel): calls until the result equals the sentinel. */
typedef struct CallIter {
    Object base;
    value_t func, sentinel; /* func is VALUE_NULL once exhausted */
} CallIter;

static value_t calliter_next(value_t self)
{
    CallIter *it = (CallIter *)self;
    if (!it->func) return VALUE_STOP;
    value_t v = obj_call0(it->func);
    if (!v) return VALUE_NULL;
    int eq = obj_equal(v, it->sentinel);
    if (eq < 0) return VALUE_NULL;
    if (eq) {
        it->func = VALUE_NULL;
        return VALUE_STOP;
    }
    return v;
}

static value_t calliter_iter(value_t self) { return self; }

static Type type_callable_iterator = {
    .base = { &type_type },
    .cname = "callable_iterator",
    .iter = calliter_iter,
    .next = calliter_next,
};

static value_t bi_iter_fn(int argc, const value_t *args)
{
    if (argc == 1) return obj_iter(args[0]);
    if (!bi_callable_fn(args[0]) || bi_callable_fn(args[0]) == VALUE_FALSE)
        return err_raise(&type_TypeError, "iter(v, w): v must be callable");
    if (!type_init(&type_callable_iterator)) return VALUE_NULL;
    CallIter *it = gc_new_object(sizeof(CallIter), &type_callable_iterator);
    if (!it) return VALUE_NULL;
    it->func = args[0];
    it->sentinel = args[1];
    return (value_t)it;
}
static BUILTIN_VAR(bi_iter, "iter", 1, 2, bi_iter_fn);

static value_t bi_next_fn(int argc, const value_t *args)
{
    if (value_is_obj(args[0]) && OBJ(args[0])->type == &type_generator && argc == 1) {
        bool done;
        value_t r = gen_resume(args[0], VALUE_NONE, VALUE_NULL, &done);
        return r && done ? err_stop_iteration(r) : r;
    }
    value_t x = obj_next(args[0]);
    if (x == VALUE_STOP) {
        if (argc == 2) return args[1];
        return err_raise_value(type_value(&type_StopIteration));
    }
    return x;
}
static BUILTIN_VAR(bi_next, "next", 1, 2, bi_next_fn);

static value_t bi_globals_fn(void) { return vm_state.globals; }
static BUILTIN_FIX(bi_globals, "globals", 0, bi_globals_fn);

static value_t bi_locals_fn(void)
{
    Frame *f = vm_state.frame;
    if (f && f->locals_dict) return f->locals_dict;
    if (!f || !f->func) return vm_state.globals;
    value_t d = dict_new(8);
    if (!d) return VALUE_NULL;
    const Code *c = f->code;
    for (unsigned i = 0; i < c->nlocals; i++) {
        value_t v = f->locals[i];
        if (!v || v == VALUE_UNBOUND) continue;
        if (value_is_obj(v) && OBJ(v)->type == &type_cell) {
            v = ((Cell *)v)->value;
            if (v == VALUE_UNBOUND) continue;
        }
        if (!dict_set(d, TUPLE(c->varnames)->items[i], v)) return VALUE_NULL;
    }
    return d;
}
static BUILTIN_FIX(bi_locals, "locals", 0, bi_locals_fn);

/* ---- attribute functions ------------------------------------------------ */

static bool check_name(value_t name)
{
    if (str_check(name)) return true;
    err_raise(&type_TypeError, "attribute name must be string, not '%T'", name);
    return false;
}

static value_t bi_getattr_fn(int argc, const value_t *args)
{
    if (!check_name(args[1])) return VALUE_NULL;
    value_t name = str_intern_value(args[1]);
    if (!name) return VALUE_NULL;
    if (argc == 2) return obj_getattr(args[0], name);
    value_t v = obj_getattr(args[0], name);
    if (!v && err_matches(&type_AttributeError)) {
        err_clear();
        return args[2];
    }
    return v;
}
static BUILTIN_VAR(bi_getattr, "getattr", 2, 3, bi_getattr_fn);

static value_t bi_hasattr_fn(value_t obj, value_t name)
{
    if (!check_name(name) || !(name = str_intern_value(name))) return VALUE_NULL;
    value_t v = obj_getattr(obj, name);
    if (v) return VALUE_TRUE;
    if (!err_matches(&type_AttributeError)) return VALUE_NULL;
    err_clear();
    return VALUE_FALSE;
}
static BUILTIN_FIX(bi_hasattr, "hasattr", 2, bi_hasattr_fn);

static value_t bi_setattr_fn(value_t obj, value_t name, value_t v)
{
    if (!check_name(name) || !(name = str_intern_value(name))) return VALUE_NULL;
    return obj_setattr(obj, name, v) ? VALUE_NONE : VALUE_NULL;
}
static BUILTIN_FIX(bi_setattr, "setattr", 3, bi_setattr_fn);

static value_t bi_delattr_fn(value_t obj, value_t name)
{
    if (!check_name(name) || !(name = str_intern_value(name))) return VALUE_NULL;
    return obj_setattr(obj, name, VALUE_NULL) ? VALUE_NONE : VALUE_NULL;
}
static BUILTIN_FIX(bi_delattr, "delattr", 2, bi_delattr_fn);

/* The instance's __dict__, else the type's dict; modules give their dict. */
static value_t attr_dict_of(value_t obj)
{
    value_t d = obj_getattr_opt(obj, str_intern_cstr("__dict__"));
    if (d == VALUE_UNBOUND) return err_raise(&type_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static value_t bi_vars_fn(int argc, const value_t *args)
{
    if (argc == 0) return bi_locals_fn();
    return attr_dict_of(args[0]);
}
static BUILTIN_VAR(bi_vars, "vars", 0, 1, bi_vars_fn);

static bool add_keys(value_t set, value_t dict)
{
    size_t pos = 0;
    value_t k, v;
    if (!dict || !value_is_obj(dict) || OBJ(dict)->type != &type_dict) return true;
    while (dict_next(dict, &pos, &k, &v))
        if (!set_add(set, k)) return false;
    return true;
}

static value_t bi_dir_fn(int argc, const value_t *args)
{
    value_t names = set_new(&type_set);
    if (!names) return VALUE_NULL;
    if (argc == 0) {
        if (!add_keys(names, bi_locals_fn())) return VALUE_NULL;
    } else {
        value_t obj = args[0];
        value_t d = obj_getattr_opt(obj, str_intern_cstr("__dict__"));
        if (d && d != VALUE_UNBOUND && !add_keys(names, d)) return VALUE_NULL;
        const Type *t = OBJ(obj)->type == &type_type && value_is_obj(obj) ? (const Type *)obj : obj_type(obj);
        if (OBJ(obj)->type == &type_module && value_is_obj(obj)) t = NULL;
        if (t) {
            size_t n;
            value_t *mro = seq_items(t->mro, &n);
            for (size_t i = 0; i < n; i++)
                if (!add_keys(names, ((Type *)mro[i])->dict)) return VALUE_NULL;
        }
    }
    value_t list = list_from_iter(names);
    if (!list || !list_sort(list, VALUE_NULL, false)) return VALUE_NULL;
    return list;
}
static BUILTIN_VAR(bi_dir, "dir", 0, 1, bi_dir_fn);

/* ---- isinstance / issubclass ------------------------------------------- */

static bool is_type(value_t v) { return value_is_obj(v) && type_is_subtype(OBJ(v)->type, &type_type); }

static int subclass_of(const Type *t, value_t cls, const char *fname)
{
    if (is_type(cls)) return type_is_subtype(t, (const Type *)cls);
    if (value_is_obj(cls) && OBJ(cls)->type == &type_tuple) {
        for (uint32_t i = 0; i < TUPLE(cls)->len; i++) {
            int r = subclass_of(t, TUPLE(cls)->items[i], fname);
            if (r) return r;
        }
        return 0;
    }
    err_raise(&type_TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
    return -1;
}

static value_t bi_isinstance_fn(value_t obj, value_t cls)
{
    int r = subclass_of(obj_type(obj), cls, "isinstance");
    return r < 0 ? VALUE_NULL : value_from_bool(r);
}
static BUILTIN_FIX(bi_isinstance, "isinstance", 2, bi_isinstance_fn);

static value_t bi_issubclass_fn(value_t sub, value_t cls)
{
    if (!is_type(sub)) return err_raise(&type_TypeError, "issubclass() arg 1 must be a class");
    int r = subclass_of((const Type *)sub, cls, "issubclass");
    return r < 0 ? VALUE_NULL : value_from_bool(r);
}
static BUILTIN_FIX(bi_issubclass, "issubclass", 2, bi_issubclass_fn);

/* ---- numbers ------------------------------------------------------------ */

static value_t bi_divmod_fn(value_t a, value_t b)
{
    if (is_number(a) && is_number(b)) return num_divmod(a, b);
    value_t r = is_number(a) ? VALUE_NOTIMPL : call_dunder(a, "__divmod__", 1, &b);
    if (r == VALUE_NOTIMPL && !is_number(b)) r = call_dunder(b, "__rdivmod__", 1, &a);
    if (r == VALUE_NOTIMPL)
        return err_raise(&type_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
    return r;
}
static BUILTIN_FIX(bi_divmod, "divmod", 2, bi_divmod_fn);

static value_t bi_pow_fn(int argc, const value_t *args)
{
    if (argc == 3 && args[2] != VALUE_NONE) {
        if (is_number(args[0])) return int_pow_mod(args[0], args[1], args[2]);
        value_t r = call_dunder(args[0], "__pow__", 2, args + 1);
        if (r != VALUE_NOTIMPL) return r;
        return err_raise(&type_TypeError, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", args[0],
                         args[1], args[2]);
    }
    return obj_binary(args[0], args[1], OP_POW);
}
static BUILTIN_VAR(bi_pow, "pow", 2, 3, bi_pow_fn);

static value_t bi_round_fn(int argc, const value_t *args)
{
    value_t x = args[0];
    value_t nd = argc > 1 ? args[1] : VALUE_NULL;
    if (is_number(x)) return num_round(x, nd);
    value_t r = call_dunder(x, "__round__", nd ? 1 : 0, nd ? &nd : NULL);
    if (r == VALUE_NOTIMPL) return err_raise(&type_TypeError, "type %T doesn't define __round__ method", x);
    return r;
}
static BUILTIN_VAR(bi_round, "round", 1, 2, bi_round_fn);

static value_t bi_sum_fn(int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = { "iterable", "start", NULL };
    value_t a[2];
    if (!arg_parse("sum", argc, args, kwnames, names, 2, a)) return VALUE_NULL;
    if (!a[0]) return err_raise(&type_TypeError, "sum() missing required argument 'iterable' (pos 1)");
    value_t acc = a[1] ? a[1] : value_from_small(0);
    if (str_check(acc)) return err_raise(&type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    value_t it = obj_iter(a[0]);
    if (!it) return VALUE_NULL;
    for (;;) {
        value_t x = obj_next(it);
        if (!x) return VALUE_NULL;
        if (x == VALUE_STOP) return acc;
        if (value_is_int(acc) && value_is_int(x)) {
            small_int_t r;
            if (!__builtin_add_overflow(value_to_small(acc), value_to_small(x), &r) && r >= SMALL_INT_MIN &&
                r <= SMALL_INT_MAX) {
                acc = value_from_small(r);
                continue;
            }
        }
        acc = obj_binary(acc, x, OP_ADD);
        if (!acc) return VALUE_NULL;
    }
}
static BUILTIN_KW(bi_sum, "sum", 0, 2, bi_sum_fn);

/* min and max share the argument rules: one iterable or several values,
 * key= and default= (iterable form only). */
static value_t min_max(const char *fname, int argc, const value_t *args, value_t kwnames, bool want_max)
{
    static const char *const names[] = { "key", "default", NULL };
    size_t nkw = kwnames ? TUPLE(kwnames)->len : 0;
    int npos = argc;
    value_t kw[2];
    if (!arg_parse(fname, 0, args + npos, kwnames, names, 0, kw)) return VALUE_NULL;
    (void)nkw;
    if (npos == 0) return err_raise(&type_TypeError, "%s expected at least 1 argument, got 0", fname);
    value_t key = kw[0] == VALUE_NONE ? VALUE_NULL : kw[0];
    if (npos > 1 && kw[1])
        return err_raise(&type_TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
    value_t it = obj_iter(npos == 1 ? args[0] : tuple_from((size_t)npos, args));
    if (!it) return VALUE_NULL;
    value_t best = VALUE_NULL, best_key = VALUE_NULL;
    for (;;) {
        value_t x = obj_next(it);
        if (!x) return VALUE_NULL;
        if (x == VALUE_STOP) break;
        value_t k = key ? obj_call1(key, x) : x;
        if (!k) return VALUE_NULL;
        if (!best) {
            best = x;
            best_key = k;
            continue;
        }
        value_t better = obj_compare(k, best_key, want_max ? CMP_GT : CMP_LT);
        int less = better ? obj_truthy(better) : -1;
        if (less < 0) return VALUE_NULL;
        if (less) {
            best = x;
            best_key = k;
        }
    }
    if (best) return best;
    if (kw[1]) return kw[1];
    return err_raise(&type_ValueError, "%s() arg is an empty sequence", fname);
}
static value_t bi_min_fn(int argc, const value_t *args, value_t kwnames) { return min_max("min", argc, args, kwnames, false); }
static value_t bi_max_fn(int argc, const value_t *args, value_t kwnames) { return min_max("max", argc, args, kwnames, true); }
static BUILTIN_KW(bi_min, "min", 0, ARGS_MANY, bi_min_fn);
static BUILTIN_KW(bi_max, "max", 0, ARGS_MANY, bi_max_fn);

static value_t bi_sorted_fn(int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = { "iterable", "key", "reverse", NULL };
    value_t a[3];
    if (argc != 1) return err_raise(&type_TypeError, "sorted expected 1 argument, got %d", argc);
    if (!arg_parse("sorted", argc, args, kwnames, names, 1, a)) return VALUE_NULL;
    int rev = a[2] ? obj_truthy(a[2]) : 0;
    if (rev < 0) return VALUE_NULL;
    value_t list = list_from_iter(a[0]);
    if (!list || !list_sort(list, a[1] == VALUE_NONE ? VALUE_NULL : a[1], rev)) return VALUE_NULL;
    return list;
}
static BUILTIN_KW(bi_sorted, "sorted", 1, 1, bi_sorted_fn);

static value_t bi_reversed_fn(value_t seq)
{
    if (obj_type(seq)->flags & TYPE_HEAP) {
        value_t m = type_lookup(obj_type(seq), str_intern_cstr("__reversed__"));
        if (m) return obj_call_method(seq, str_intern_cstr("__reversed__"), 0, NULL);
    }
    return iter_reversed(seq);
}
static BUILTIN_FIX(bi_reversed, "reversed", 1, bi_reversed_fn);

static value_t bi_format_fn(int argc, const value_t *args)
{
    return format_value(args[0], argc > 1 ? args[1] : VALUE_NULL);
}
static BUILTIN_VAR(bi_format, "format", 1, 2, bi_format_fn);

static value_t bi_input_fn(int argc, const value_t *args)
{
    if (argc && !builtins_print_value(args[0], false)) return VALUE_NULL;
    StrBuf b;
    strbuf_init(&b, 64);
    int c;
    while ((c = port_read_char()) >= 0 && c != '\n') strbuf_add_char(&b, (char)c);
    if (c < 0 && b.len == 0) return err_raise(&type_EOFError, "EOF when reading a line");
    return strbuf_finish(&b);
}
static BUILTIN_VAR(bi_input, "input", 0, 1, bi_input_fn);

static value_t bi_import_fn(int argc, const value_t *args)
{
    if (!str_check(args[0])) return err_raise(&type_TypeError, "__import__() argument 1 must be str");
    return module_import(str_intern_value(args[0]));
}
static BUILTIN_VAR(bi_import, "__import__", 1, 5, bi_import_fn);

static const AttrDef builtins_attrs[] = {
    ATTR_OBJ("__build_class__", &builtin___build_class__),
    ATTR_OBJ("__import__", &bi_import),
    ATTR_OBJ("abs", &bi_abs),
    ATTR_OBJ("all", &bi_all),
    ATTR_OBJ("any", &bi_any),
    ATTR_OBJ("ascii", &bi_ascii),
    ATTR_OBJ("bin", &bi_bin),
    ATTR_OBJ("callable", &bi_callable),
    ATTR_OBJ("chr", &bi_chr),
    ATTR_OBJ("delattr", &bi_delattr),
    ATTR_OBJ("dir", &bi_dir),
    ATTR_OBJ("divmod", &bi_divmod),
    ATTR_OBJ("format", &bi_format),
    ATTR_OBJ("getattr", &bi_getattr),
    ATTR_OBJ("globals", &bi_globals),
    ATTR_OBJ("hasattr", &bi_hasattr),
    ATTR_OBJ("hash", &bi_hash),
    ATTR_OBJ("hex", &bi_hex),
    ATTR_OBJ("id", &bi_id),
    ATTR_OBJ("input", &bi_input),
    ATTR_OBJ("isinstance", &bi_isinstance),
    ATTR_OBJ("issubclass", &bi_issubclass),
    ATTR_OBJ("iter", &bi_iter),
    ATTR_OBJ("len", &bi_len),
    ATTR_OBJ("locals", &bi_locals),
    ATTR_OBJ("max", &bi_max),
    ATTR_OBJ("min", &bi_min),
    ATTR_OBJ("next", &bi_next),
    ATTR_OBJ("oct", &bi_oct),
    ATTR_OBJ("ord", &bi_ord),
    ATTR_OBJ("pow", &bi_pow),
    ATTR_OBJ("ptr8", &mp_ptr8),
    ATTR_OBJ("ptr16", &mp_ptr16),
    ATTR_OBJ("ptr32", &mp_ptr32),
    ATTR_OBJ("print", &bi_print),
    ATTR_OBJ("repr", &bi_repr),
    ATTR_OBJ("reversed", &bi_reversed),
    ATTR_OBJ("round", &bi_round),
    ATTR_OBJ("setattr", &bi_setattr),
    ATTR_OBJ("sorted", &bi_sorted),
    ATTR_OBJ("sum", &bi_sum),
    ATTR_OBJ("vars", &bi_vars),
    /* types */
    ATTR_OBJ("bool", &type_bool),
    ATTR_OBJ("bytearray", &type_bytearray),
    ATTR_OBJ("bytes", &type_bytes),
    ATTR_OBJ("classmethod", &type_classmethod),
    ATTR_OBJ("dict", &type_dict),
    ATTR_OBJ("enumerate", &type_enumerate),
    ATTR_OBJ("filter", &type_filter),
    ATTR_OBJ("float", &type_float),
    ATTR_OBJ("frozenset", &type_frozenset),
    ATTR_OBJ("int", &type_int),
    ATTR_OBJ("list", &type_list),
    ATTR_OBJ("map", &type_map),
    ATTR_OBJ("memoryview", &type_memoryview),
    ATTR_OBJ("object", &type_object),
    ATTR_OBJ("property", &type_property),
    ATTR_OBJ("range", &type_range),
    ATTR_OBJ("set", &type_set),
    ATTR_OBJ("slice", &type_slice),
    ATTR_OBJ("staticmethod", &type_staticmethod),
    ATTR_OBJ("str", &type_str),
    ATTR_OBJ("super", &type_super),
    ATTR_OBJ("tuple", &type_tuple),
    ATTR_OBJ("type", &type_type),
    ATTR_OBJ("zip", &type_zip),
    /* constants */
    { "None", VALUE_NONE },
    { "True", VALUE_TRUE },
    { "False", VALUE_FALSE },
    { "Ellipsis", VALUE_ELLIPSIS },
    { "NotImplemented", VALUE_NOTIMPL },
    ATTR_END,
};

/* The exception classes come from exc.c's table, so a new one needs no edit here. */
static bool builtins_init(value_t module)
{
    for (Type *const *t = exc_types; *t; t++)
        if (!dict_set_cstr(((Module *)module)->dict, (*t)->cname, type_value(*t))) return false;
    return true;
}

const ModuleDef module_builtins = { "builtins", builtins_attrs, builtins_init };
