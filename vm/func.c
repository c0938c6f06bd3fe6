/*
 * func.c — Python functions, cells and bound methods.
 *
 * A Function pairs a Code with the globals and closure it was defined in.
 * Calling it from C goes through vm_call_function (vm.c); the VM itself
 * pushes a frame for calls between Python functions. Both bind arguments
 * to the parameter slots with func_bind_args below, which has a fast path
 * for the common "exactly the positional parameters" case and otherwise
 * follows CPython's rules and error messages.
 */
#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "err.h"
#include "gc.h"
#include "list.h"
#include "str.h"
#include "vm.h"

static value_t s_name, s_qualname, s_doc, s_dict, s_module, s_defaults, s_kwdefaults, s_code,
    s_globals, s_closure, s_self, s_func, s_cell_contents;

bool func_init(void)
{
    return (s_name = str_intern_cstr("__name__")) && (s_qualname = str_intern_cstr("__qualname__")) &&
           (s_doc = str_intern_cstr("__doc__")) && (s_dict = str_intern_cstr("__dict__")) &&
           (s_module = str_intern_cstr("__module__")) && (s_defaults = str_intern_cstr("__defaults__")) &&
           (s_kwdefaults = str_intern_cstr("__kwdefaults__")) && (s_code = str_intern_cstr("__code__")) &&
           (s_globals = str_intern_cstr("__globals__")) && (s_closure = str_intern_cstr("__closure__")) &&
           (s_self = str_intern_cstr("__self__")) && (s_func = str_intern_cstr("__func__")) &&
           (s_cell_contents = str_intern_cstr("cell_contents"));
}

value_t func_new(value_t code, value_t globals)
{
    Function *f = GC_NEW(Function, &type_function);
    if (!f) return VALUE_NULL;
    f->code = code;
    f->globals = globals;
    f->name = CODE(code)->name;
    f->qualname = CODE(code)->qualname ? CODE(code)->qualname : CODE(code)->name;
    return (value_t)f;
}

value_t cell_new(value_t v)
{
    Cell *c = GC_NEW(Cell, &type_cell);
    if (!c) return VALUE_NULL;
    c->value = v;
    return (value_t)c;
}

value_t boundmethod_new(value_t self, value_t func)
{
    BoundMethod *m = GC_NEW(BoundMethod, &type_boundmethod);
    if (!m) return VALUE_NULL;
    m->self = self;
    m->func = func;
    return (value_t)m;
}

/* ---- Argument binding ---------------------------------------------------- */

static const char *code_qualname(const Code *c)
{
    value_t q = c->qualname ? c->qualname : c->name;
    return q ? str_data(q) : "?";
}

static const char *plural(size_t n) { return n == 1 ? "" : "s"; }

/* "f() missing 2 required positional arguments: 'a' and 'b'" */
static bool raise_missing(const Code *c, value_t *locals, unsigned from, unsigned to, const char *kind)
{
    size_t n;
    value_t *names = seq_items(c->varnames, &n);
    unsigned missing = 0, seen = 0;
    for (unsigned i = from; i < to; i++) missing += locals[i] == VALUE_UNBOUND;
    StrBuf b;
    strbuf_init(&b, 64);
    for (unsigned i = from; i < to; i++) {
        if (locals[i] != VALUE_UNBOUND) continue;
        seen++;
        if (seen > 1) strbuf_add_cstr(&b, missing == 2 ? " and " : seen == missing ? ", and " : ", ");
        strbuf_add_char(&b, '\'');
        strbuf_add_str(&b, names[i]);
        strbuf_add_char(&b, '\'');
    }
    value_t list = strbuf_finish(&b);
    if (!list) return false;
    err_raise(&type_TypeError, "%s() missing %u required %s argument%s: %S", code_qualname(c), missing, kind,
              plural(missing), list);
    return false;
}

static bool raise_too_many(const Code *c, const Function *fn, int given)
{
    size_t ndef = 0;
    if (fn->defaults) seq_items(fn->defaults, &ndef);
    if (ndef)
        err_raise(&type_TypeError, "%s() takes from %u to %u positional arguments but %d %s given", code_qualname(c),
                  (unsigned)(c->nargs - ndef), (unsigned)c->nargs, given, given == 1 ? "was" : "were");
    else
        err_raise(&type_TypeError, "%s() takes %u positional argument%s but %d %s given", code_qualname(c),
                  (unsigned)c->nargs, plural(c->nargs), given, given == 1 ? "was" : "were");
    return false;
}

/* Index of parameter `name` that may be given by keyword, or -1. */
static int find_param(const Code *c, value_t name)
{
    size_t n;
    value_t *names = seq_items(c->varnames, &n);
    unsigned limit = (unsigned)c->nargs + c->nkwonly;
    for (unsigned i = c->nposonly; i < limit && i < n; i++)
        if (names[i] == name) return (int)i;
    for (unsigned i = c->nposonly; i < limit && i < n; i++)
        if (str_check(name) && str_equal(names[i], name)) return (int)i;
    return -1;
}

static bool bind_keywords(const Function *fn, value_t *locals, value_t kwdict, size_t nkw, const value_t *kwn,
                          const value_t *kwv)
{
    const Code *c = CODE(fn->code);
    for (size_t k = 0; k < nkw; k++) {
        int j = find_param(c, kwn[k]);
        if (j >= 0) {
            if (locals[j] != VALUE_UNBOUND) {
                err_raise(&type_TypeError, "%s() got multiple values for argument '%S'", code_qualname(c), kwn[k]);
                return false;
            }
            locals[j] = kwv[k];
        } else if (kwdict) {
            if (!dict_set(kwdict, kwn[k], kwv[k])) return false;
        } else {
            err_raise(&type_TypeError, "%s() got an unexpected keyword argument '%S'", code_qualname(c), kwn[k]);
            return false;
        }
    }
    return true;
}

static bool fill_defaults(const Function *fn, value_t *locals)
{
    const Code *c = CODE(fn->code);
    size_t ndef = 0;
    value_t *defs = fn->defaults ? seq_items(fn->defaults, &ndef) : NULL;
    unsigned first_def = c->nargs > ndef ? c->nargs - (unsigned)ndef : 0;
    for (unsigned i = first_def; i < c->nargs; i++)
        if (locals[i] == VALUE_UNBOUND) locals[i] = defs[i - (c->nargs - ndef)];
    for (unsigned i = 0; i < c->nargs; i++)
        if (locals[i] == VALUE_UNBOUND) return raise_missing(c, locals, 0, c->nargs, "positional");
    if (!c->nkwonly) return true;
    size_t n;
    value_t *names = seq_items(c->varnames, &n);
    unsigned end = (unsigned)c->nargs + c->nkwonly;
    for (unsigned i = c->nargs; i < end; i++) {
        if (locals[i] != VALUE_UNBOUND || !fn->kwdefaults) continue;
        value_t v = VALUE_NULL;
        if (dict_lookup(fn->kwdefaults, names[i], &v) < 0) return false;
        if (v) locals[i] = v;
    }
    for (unsigned i = c->nargs; i < end; i++)
        if (locals[i] == VALUE_UNBOUND) return raise_missing(c, locals, c->nargs, end, "keyword-only");
    return true;
}

static bool bind_slow(const Function *fn, value_t *locals, value_t self, int argc, const value_t *args,
                      size_t nkw, const value_t *kwn)
{
    const Code *c = CODE(fn->code);
    int shift = self ? 1 : 0, npos = argc + shift;
    int ncopy = npos < c->nargs ? npos : c->nargs;
    if (self && ncopy > 0) locals[0] = self;
    for (int i = shift; i < ncopy; i++) locals[i] = args[i - shift];
    unsigned slot = (unsigned)c->nargs + c->nkwonly;
    if (c->flags & CODE_VARARGS) {
        value_t rest = tuple_empty;
        if (npos > c->nargs) {
            int n = npos - c->nargs;
            if (!(rest = tuple_new((size_t)n))) return false;
            for (int j = 0; j < n; j++) {
                int k = c->nargs + j;
                TUPLE(rest)->items[j] = k < shift ? self : args[k - shift];
            }
        }
        locals[slot++] = rest;
    } else if (npos > c->nargs) {
        return raise_too_many(c, fn, npos);
    }
    value_t kwdict = VALUE_NULL;
    if (c->flags & CODE_VARKW) {
        if (!(kwdict = dict_new(nkw))) return false;
        locals[slot] = kwdict;
    }
    return bind_keywords(fn, locals, kwdict, nkw, kwn, nkw ? args + argc : NULL) && fill_defaults(fn, locals);
}

bool func_bind_args(const Function *fn, value_t *locals, value_t self, int argc, const value_t *args,
                    value_t kwnames)
{
    const Code *c = CODE(fn->code);
    size_t nkw = 0;
    const value_t *kwn = kwnames ? seq_items(kwnames, &nkw) : NULL;
    if (nkw == 0 && c->nkwonly == 0 && !(c->flags & (CODE_VARARGS | CODE_VARKW)) &&
        argc + (self ? 1 : 0) == c->nargs) {
        if (self) *locals++ = self;
        for (int i = 0; i < argc; i++) locals[i] = args[i];
        return true;
    }
    return bind_slow(fn, locals, self, argc, args, nkw, kwn);
}

/* ---- type_function ------------------------------------------------------- */

static value_t func_repr(value_t self)
{
    char buf[32];
    snprintf(buf, sizeof buf, " at %p>", VALUE_TO_PTR(self));
    StrBuf b;
    strbuf_init(&b, 48);
    strbuf_add_cstr(&b, "<function ");
    if (!strbuf_add_str(&b, FUNCTION(self)->qualname)) return VALUE_NULL;
    strbuf_add_cstr(&b, buf);
    return strbuf_finish(&b);
}

static value_t func_dict(Function *f)
{
    if (!f->dict) f->dict = dict_new(0);
    return f->dict;
}

static value_t func_getattr(value_t self, value_t name)
{
    Function *f = FUNCTION(self);
    if (name == s_name) return f->name;
    if (name == s_qualname) return f->qualname;
    if (name == s_dict) return func_dict(f);
    if (name == s_code) return f->code;
    if (name == s_globals) return f->globals;
    if (name == s_defaults) return f->defaults ? f->defaults : VALUE_NONE;
    if (name == s_kwdefaults) return f->kwdefaults ? f->kwdefaults : VALUE_NONE;
    if (name == s_closure) return f->closure ? f->closure : VALUE_NONE;
    if (f->dict) {
        value_t v = dict_get_str(f->dict, name);
        if (v) return v;
    }
    if (name == s_doc) {
        value_t doc = CODE(f->code)->doc;
        return doc ? doc : VALUE_NONE;
    }
    if (name == s_module) {
        value_t m = dict_get_str(f->globals, s_name);
        return m ? m : VALUE_NONE;
    }
    return obj_generic_getattr(self, name);
}

static bool func_setattr(value_t self, value_t name, value_t v)
{
    Function *f = FUNCTION(self);
    if (name == s_name || name == s_qualname) {
        if (!v || !str_check(v)) {
            err_raise(&type_TypeError, "%s must be set to a string object", str_data(name));
            return false;
        }
        if (name == s_name) f->name = v;
        else f->qualname = v;
        return true;
    }
    if (name == s_defaults || name == s_kwdefaults) {
        value_t *slot = name == s_defaults ? &f->defaults : &f->kwdefaults;
        *slot = v == VALUE_NONE ? VALUE_NULL : v;
        return true;
    }
    if (name == s_dict) {
        if (!v || !obj_isinstance(v, &type_dict)) {
            err_raise(&type_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v ? v : VALUE_NONE);
            return false;
        }
        f->dict = v;
        return true;
    }
    if (!v) {
        int r = f->dict ? dict_del(f->dict, name) : 0;
        if (r == 0) err_raise(&type_AttributeError, "'function' object has no attribute '%S'", name);
        return r > 0;
    }
    value_t d = func_dict(f);
    return d && dict_set(d, name, v);
}

static value_t func_descr_get(value_t descr, value_t obj, value_t owner)
{
    (void)owner;
    if (obj == VALUE_NULL || obj == VALUE_NONE) return descr;
    return boundmethod_new(obj, descr);
}

Type type_function = {
    .base = { &type_type },
    .cname = "function",
    .flags = TYPE_METHOD,
    .repr = func_repr,
    .call = vm_call_function,
    .getattr = func_getattr,
    .setattr = func_setattr,
    .descr_get = func_descr_get,
};

/* ---- type_cell ----------------------------------------------------------- */

static value_t cell_getattr(value_t self, value_t name)
{
    if (name == s_cell_contents) {
        value_t v = ((Cell *)self)->value;
        if (v == VALUE_UNBOUND) return err_raise(&type_ValueError, "Cell is empty");
        return v;
    }
    return obj_generic_getattr(self, name);
}

Type type_cell = {
    .base = { &type_type },
    .cname = "cell",
    .getattr = cell_getattr,
};

/* ---- type_boundmethod ---------------------------------------------------- */

static value_t bm_call(value_t self, int argc, const value_t *args, value_t kwnames)
{
    BoundMethod *m = (BoundMethod *)self;
    if (func_check(m->func)) return vm_call_method(m->func, m->self, argc, args, kwnames);
    size_t nkw = 0;
    if (kwnames) seq_items(kwnames, &nkw);
    size_t total = (size_t)argc + nkw + 1;
    value_t small[8];
    value_t *all = small;
    if (total > 8 && !(all = gc_alloc(total * sizeof(value_t), 0))) return err_no_memory();
    all[0] = m->self;
    memcpy(all + 1, args, (total - 1) * sizeof(value_t));
    return obj_call(m->func, argc + 1, all, kwnames);
}

static value_t bm_getattr(value_t self, value_t name)
{
    BoundMethod *m = (BoundMethod *)self;
    if (name == s_self) return m->self;
    if (name == s_func) return m->func;
    return obj_getattr(m->func, name);
}

static value_t bm_repr(value_t self)
{
    BoundMethod *m = (BoundMethod *)self;
    value_t qn = obj_getattr_opt(m->func, s_qualname);
    if (qn == VALUE_UNBOUND) qn = obj_getattr_opt(m->func, s_name);
    StrBuf b;
    strbuf_init(&b, 64);
    strbuf_add_cstr(&b, "<bound method ");
    if (qn != VALUE_UNBOUND && qn && !strbuf_add_str(&b, qn)) return VALUE_NULL;
    strbuf_add_cstr(&b, " of ");
    if (!strbuf_add_repr(&b, m->self)) return VALUE_NULL;
    strbuf_add_char(&b, '>');
    return strbuf_finish(&b);
}

static value_t bm_compare(value_t a, value_t b, int cmp)
{
    if ((cmp != CMP_EQ && cmp != CMP_NE) || !value_is_obj(b) || OBJ(b)->type != &type_boundmethod)
        return VALUE_NOTIMPL;
    BoundMethod *x = (BoundMethod *)a, *y = (BoundMethod *)b;
    bool eq = x->self == y->self;
    if (eq) {
        int r = obj_equal(x->func, y->func);
        if (r < 0) return VALUE_NULL;
        eq = r;
    }
    return value_from_bool(eq == (cmp == CMP_EQ));
}

static value_t bm_hash(value_t self)
{
    BoundMethod *m = (BoundMethod *)self;
    small_int_t h;
    if (!obj_hash(m->func, &h)) return VALUE_NULL;
    return value_from_small((h ^ (small_int_t)(m->self >> 3)) & SMALL_INT_MAX);
}

Type type_boundmethod = {
    .base = { &type_type },
    .cname = "method",
    .repr = bm_repr,
    .hash = bm_hash,
    .compare = bm_compare,
    .call = bm_call,
    .getattr = bm_getattr,
};
