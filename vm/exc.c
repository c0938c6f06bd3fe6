/*
 * exc.c — the built-in exception types, the err_* API that raises them
 * (err.h) and the traceback printer.
 *
 * Every exception instance is an Exception (err.h): its args tuple, the
 * traceback the VM appends while unwinding, the cause and context links
 * and an attribute dict for user subclasses. Attributes that CPython keeps
 * per class (StopIteration.value, SystemExit.code, OSError.errno,
 * SyntaxError.lineno...) are derived from args on access.
 *
 * An error must never be lost: err_raise falls back to a static instance
 * of the same built-in type, with its message in static storage, when the
 * instance cannot be allocated (heap full, or locked in a hard IRQ): see
 * "Exceptions without the heap" below.
 */
#include <errno.h>
#include <string.h>

#include "code.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "list.h"
#include "port.h"
#include "str.h"
#include "vm.h"

static value_t s_cause, s_context, s_traceback, s_suppress;

/* ---- Instances -------------------------------------------------------------- */

static value_t args_tuple(int argc, const value_t *args)
{
    return argc ? tuple_from((size_t)argc, args) : tuple_empty;
}

value_t exc_new(const Type *t, int argc, const value_t *args)
{
    value_t a = args_tuple(argc, args);
    if (!a) return VALUE_NULL;
    Exception *e = gc_new_object(sizeof(Exception), t);
    if (!e) return VALUE_NULL;
    e->args = a;
    /* OSError keeps its filename here instead */
    e->value = argc && !type_is_subtype(t, &type_OSError) ? args[0] : VALUE_NONE;
    return (value_t)e;
}

/* OSError(errno, strerror[, filename]): the subclass for errno, as CPython
 * picks it; args keeps the first two. */
static value_t oserror_new(const Type *cls, int argc, const value_t *args)
{
    if (cls == &type_OSError && value_is_int(args[0])) {
        small_int_t n = value_to_small(args[0]);
        if (n == ENOENT) cls = &type_FileNotFoundError;
        else if (n == ETIMEDOUT) cls = &type_TimeoutError;
    }
    value_t e = exc_new(cls, 2, args);
    if (e && argc > 2) EXC(e)->value = args[2];
    return e;
}

static value_t make_locked(const Type *cls, int argc, const value_t *args);

static value_t exc_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (!arg_check_no_kw(cls->cname, kwnames)) return VALUE_NULL;
    if (gc_is_locked()) return make_locked(cls, argc, args);
    if (argc >= 2 && argc <= 5 && type_is_subtype(cls, &type_OSError)) return oserror_new(cls, argc, args);
    return exc_new(cls, argc, args);
}

/* BaseException.__init__(self, *args): user subclasses call it through super(). */
static value_t exc_init_method(int argc, const value_t *args, value_t kwnames)
{
    if (!arg_check_no_kw(obj_type_name(args[0]), kwnames)) return VALUE_NULL;
    value_t a = args_tuple(argc - 1, args + 1);
    if (!a) return VALUE_NULL;
    EXC(args[0])->args = a;
    EXC(args[0])->value = argc > 1 ? args[1] : VALUE_NONE;
    return VALUE_NONE;
}

static value_t exc_with_traceback(value_t self, value_t tb) { return self; }

static const Tuple *exc_args(value_t self) { return TUPLE(EXC(self)->args); }

static value_t exc_repr(value_t self)
{
    const Tuple *a = exc_args(self);
    StrBuf b;
    strbuf_init(&b, 32);
    strbuf_add_cstr(&b, obj_type_name(self));
    if (a->len == 1) {
        strbuf_add_char(&b, '(');
        if (!strbuf_add_repr(&b, a->items[0])) return VALUE_NULL;
        strbuf_add_char(&b, ')');
    } else if (!strbuf_add_repr(&b, EXC(self)->args)) {
        return VALUE_NULL;
    }
    return strbuf_finish(&b);
}

/* "[Errno 2] No such file or directory: 'x'" */
static value_t oserror_str(value_t self)
{
    const Tuple *a = TUPLE(EXC(self)->args);
    value_t filename = EXC(self)->value;
    StrBuf b;
    strbuf_init(&b, 48);
    strbuf_add_cstr(&b, "[Errno ");
    if (!strbuf_add_str(&b, a->items[0])) return VALUE_NULL;
    strbuf_add_cstr(&b, "] ");
    if (!strbuf_add_str(&b, a->items[1])) return VALUE_NULL;
    if (filename != VALUE_NONE) {
        strbuf_add_cstr(&b, ": ");
        if (!strbuf_add_repr(&b, filename)) return VALUE_NULL;
    }
    return strbuf_finish(&b);
}

/* SyntaxError's details tuple (filename, lineno, offset, text), or NULL. */
static const Tuple *syntax_details(value_t self)
{
    const Tuple *a = exc_args(self);
    if (a->len < 2 || !value_is_obj(a->items[1]) || OBJ(a->items[1])->type != &type_tuple) return NULL;
    const Tuple *d = TUPLE(a->items[1]);
    return d->len >= 4 ? d : NULL;
}

/* "invalid syntax (x.py, line 3)" */
static value_t syntax_str(value_t self)
{
    const Tuple *d = syntax_details(self);
    value_t msg = exc_args(self)->items[0];
    if (!d || !value_is_int(d->items[1])) return obj_str(msg);
    StrBuf b;
    strbuf_init(&b, 48);
    if (!strbuf_add_str(&b, msg)) return VALUE_NULL;
    strbuf_add_cstr(&b, " (");
    if (str_check(d->items[0])) {
        strbuf_add(&b, str_data(d->items[0]), str_len(d->items[0]));
        strbuf_add_cstr(&b, ", ");
    }
    strbuf_add_cstr(&b, "line ");
    if (!strbuf_add_str(&b, d->items[1])) return VALUE_NULL;
    strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

static value_t exc_str(value_t self)
{
    const Tuple *a = exc_args(self);
    if (a->len == 0) return str_empty;
    if (a->len == 2 && obj_isinstance(self, &type_OSError)) return oserror_str(self);
    if (obj_isinstance(self, &type_SyntaxError)) return syntax_str(self);
    if (a->len == 1)
        return obj_isinstance(self, &type_KeyError) ? obj_repr(a->items[0]) : obj_str(a->items[0]);
    return obj_str(EXC(self)->args);
}

static value_t arg_or_none(value_t self, uint32_t i)
{
    const Tuple *a = exc_args(self);
    return i < a->len ? a->items[i] : VALUE_NONE;
}

static value_t syntax_attr(value_t self, value_t name)
{
    const char *n = str_data(name);
    if (!strcmp(n, "msg")) return arg_or_none(self, 0);
    static const char *const fields[] = { "filename", "lineno", "offset", "text" };
    for (uint32_t i = 0; i < 4; i++) {
        if (strcmp(n, fields[i])) continue;
        const Tuple *d = syntax_details(self);
        return d ? d->items[i] : VALUE_NONE;
    }
    return VALUE_NULL;
}

/* Attributes derived from args, per exception class; VALUE_NULL if none. */
static value_t class_attr(value_t self, value_t name)
{
    const char *n = str_data(name);
    if (obj_isinstance(self, &type_StopIteration) && !strcmp(n, "value")) return EXC(self)->value;
    if (obj_isinstance(self, &type_SystemExit) && !strcmp(n, "code")) {
        const Tuple *a = exc_args(self);
        return a->len == 0 ? VALUE_NONE : a->len == 1 ? a->items[0] : EXC(self)->args;
    }
    if (obj_isinstance(self, &type_OSError)) {
        bool pair = exc_args(self)->len >= 2;
        if (!strcmp(n, "errno")) return pair ? arg_or_none(self, 0) : VALUE_NONE;
        if (!strcmp(n, "strerror")) return pair ? arg_or_none(self, 1) : VALUE_NONE;
        if (!strcmp(n, "filename")) return EXC(self)->value;
    }
    if (obj_isinstance(self, &type_SyntaxError)) return syntax_attr(self, name);
    return VALUE_NULL;
}

static value_t exc_getattr(value_t self, value_t name)
{
    Exception *e = EXC(self);
    if (name == NAME(args)) return e->args;
    if (name == s_cause) return e->cause ? e->cause : VALUE_NONE;
    if (name == s_context) return e->context ? e->context : VALUE_NONE;
    if (name == s_traceback) return e->traceback ? e->traceback : VALUE_NONE;
    if (name == s_suppress) return value_from_bool(e->cause != VALUE_NULL);
    value_t v = class_attr(self, name);
    return v ? v : obj_generic_getattr(self, name);
}

static bool exc_setattr(value_t self, value_t name, value_t v)
{
    Exception *e = EXC(self);
    if (name == NAME(args)) {
        if (!v) {
            err_raise(&type_TypeError, "args may not be deleted");
            return false;
        }
        return (e->args = tuple_from_iter(v)) != VALUE_NULL;
    }
    if (name == s_cause || name == s_context) {
        if (v && v != VALUE_NONE && !exc_check(v)) {
            err_raise(&type_TypeError, "exception %s must be None or derive from BaseException",
                      name == s_cause ? "cause" : "context");
            return false;
        }
        if (name == s_cause) e->cause = v;
        else e->context = v == VALUE_NONE ? VALUE_NULL : v;
        return true;
    }
    if (name == s_traceback) return true;
    if (obj_isinstance(self, &type_StopIteration) && !strcmp(str_data(name), "value")) {
        e->value = v ? v : VALUE_NONE;
        return true;
    }
    return obj_generic_setattr(self, name, v);
}

static BUILTIN_KW(exc_init_fn, "BaseException.__init__", 1, ARGS_MANY, exc_init_method);
static BUILTIN_FIX(exc_with_traceback_fn, "BaseException.with_traceback", 2, exc_with_traceback);

static const AttrDef exc_methods[] = {
    ATTR_OBJ("__init__", &exc_init_fn),
    ATTR_OBJ("with_traceback", &exc_with_traceback_fn),
    ATTR_END,
};

/* ---- The hierarchy ----------------------------------------------------------- */

#define EXC_TYPE(name, parent_type) \
    Type type_##name = { \
        .base = { &type_type }, \
        .cname = #name, \
        .parent = &parent_type, \
        .flags = TYPE_EXCEPTION | TYPE_BASETYPE, \
        .make = exc_make, \
        .repr = exc_repr, \
        .str = exc_str, \
        .getattr = exc_getattr, \
        .setattr = exc_setattr, \
    };

Type type_BaseException = {
    .base = { &type_type },
    .cname = "BaseException",
    .parent = &type_object,
    .flags = TYPE_EXCEPTION | TYPE_BASETYPE,
    .methods = exc_methods,
    .make = exc_make,
    .repr = exc_repr,
    .str = exc_str,
    .getattr = exc_getattr,
    .setattr = exc_setattr,
};

EXC_TYPE(SystemExit, type_BaseException)
EXC_TYPE(KeyboardInterrupt, type_BaseException)
EXC_TYPE(GeneratorExit, type_BaseException)
EXC_TYPE(Exception, type_BaseException)
EXC_TYPE(StopIteration, type_Exception)
EXC_TYPE(StopAsyncIteration, type_Exception)
EXC_TYPE(ArithmeticError, type_Exception)
EXC_TYPE(ZeroDivisionError, type_ArithmeticError)
EXC_TYPE(OverflowError, type_ArithmeticError)
EXC_TYPE(AssertionError, type_Exception)
EXC_TYPE(AttributeError, type_Exception)
EXC_TYPE(EOFError, type_Exception)
EXC_TYPE(ImportError, type_Exception)
EXC_TYPE(ModuleNotFoundError, type_ImportError)
EXC_TYPE(LookupError, type_Exception)
EXC_TYPE(IndexError, type_LookupError)
EXC_TYPE(KeyError, type_LookupError)
EXC_TYPE(MemoryError, type_Exception)
EXC_TYPE(NameError, type_Exception)
EXC_TYPE(UnboundLocalError, type_NameError)
EXC_TYPE(OSError, type_Exception)
EXC_TYPE(FileNotFoundError, type_OSError)
EXC_TYPE(TimeoutError, type_OSError)
EXC_TYPE(RuntimeError, type_Exception)
EXC_TYPE(NotImplementedError, type_RuntimeError)
EXC_TYPE(RecursionError, type_RuntimeError)
EXC_TYPE(SyntaxError, type_Exception)
EXC_TYPE(IndentationError, type_SyntaxError)
EXC_TYPE(TabError, type_IndentationError)
EXC_TYPE(TypeError, type_Exception)
EXC_TYPE(ValueError, type_Exception)
EXC_TYPE(UnicodeError, type_ValueError)
EXC_TYPE(UnicodeDecodeError, type_UnicodeError)
EXC_TYPE(UnicodeEncodeError, type_UnicodeError)

Type *const exc_types[] = {
    &type_BaseException, &type_SystemExit, &type_KeyboardInterrupt, &type_GeneratorExit,
    &type_Exception, &type_StopIteration, &type_StopAsyncIteration, &type_ArithmeticError,
    &type_ZeroDivisionError, &type_OverflowError, &type_AssertionError, &type_AttributeError,
    &type_EOFError, &type_ImportError, &type_ModuleNotFoundError, &type_LookupError,
    &type_IndexError, &type_KeyError, &type_MemoryError, &type_NameError,
    &type_UnboundLocalError, &type_OSError, &type_FileNotFoundError, &type_TimeoutError,
    &type_RuntimeError, &type_NotImplementedError, &type_RecursionError, &type_SyntaxError,
    &type_IndentationError, &type_TabError, &type_TypeError, &type_ValueError,
    &type_UnicodeError, &type_UnicodeDecodeError, &type_UnicodeEncodeError, NULL,
};

/* ---- Exceptions without the heap ---------------------------------------------
 * Where the heap is locked (hard IRQ handlers, micropython.heap_lock) or
 * exhausted, an exception is one of these static entries, each with room
 * for its args tuple and message (MicroPython's emergency exception
 * buffer does the same job). Hard IRQ handlers take theirs in turn from a
 * ring of their own, claimed atomically as handlers nest, so they never
 * overwrite one that the interrupted program holds; the program has the
 * other ring. An entry is reused after EMERGENCY_RING newer ones (an
 * exception kept longer than that changes), except while pinned (an
 * exception waiting in an IRQ report, exc_pin) or held by a handler that
 * a nested one interrupted: a handler's entries are its own until it
 * returns (exc_irq_release). */
#define EMERGENCY_RING 8
#define EMERGENCY_ARGS 4
#define EMERGENCY_MESSAGE 128

typedef struct Emergency {
    Exception exc;
    _Alignas(Tuple) unsigned char args[sizeof(Tuple) + EMERGENCY_ARGS * sizeof(value_t)]; /* a Tuple */
    _Alignas(Str) unsigned char message[EMERGENCY_MESSAGE];                              /* a Str */
    volatile bool pinned;
    volatile uint8_t depth; /* hard-IRQ nesting level of the handler that holds it; 0: none */
} Emergency;

static Emergency emergency[2][EMERGENCY_RING]; /* [0]: the program, [1]: hard IRQ handlers */
static unsigned emergency_next[2];
volatile unsigned exc_irq_held; /* entries of ring 1 with a depth */

/* Whether a claim at nesting level `depth` may take m. */
static bool claimable(const Emergency *m, unsigned depth)
{
    return !m->pinned && (m->depth == 0 || m->depth >= depth);
}

void exc_irq_release(unsigned depth)
{
    for (unsigned i = 0; i < EMERGENCY_RING; i++) {
        Emergency *m = &emergency[1][i];
        if (m->depth == depth) {
            m->depth = 0;
            exc_irq_held--;
        }
    }
}

static Emergency *emergency_of(value_t exc)
{
    value_t first = (value_t)emergency, end = first + sizeof emergency;
    bool inside = exc >= first && exc < end && (exc - first) % sizeof(Emergency) == 0;
    return inside ? (Emergency *)exc : NULL;
}

void exc_pin(value_t exc, bool pinned)
{
    Emergency *m = emergency_of(exc);
    if (m) m->pinned = pinned;
}

/* The entry's arguments (argc <= EMERGENCY_ARGS), in its own tuple. */
static void emergency_args(Emergency *m, int argc, const value_t *args)
{
    Exception *e = &m->exc;
    e->value = argc && !type_is_subtype(e->base.type, &type_OSError) ? args[0] : VALUE_NONE;
    e->args = tuple_empty;
    if (argc) {
        Tuple *tuple = (Tuple *)m->args;
        tuple->base.type = &type_tuple;
        tuple->len = (size_t)argc;
        memcpy(tuple->items, args, (size_t)argc * sizeof(value_t));
        e->args = (value_t)tuple;
    }
}

/* A fresh entry of type t (a class defined in Python cannot live here:
 * MemoryError instead), with argc <= EMERGENCY_ARGS arguments. */
static value_t emergency_new(const Type *t, int argc, const value_t *args)
{
    unsigned depth = vm_state.hard_irq, ring = depth != 0;
    Emergency *m;
    for (int tries = 0;; tries++) {
        unsigned i = __atomic_fetch_add(&emergency_next[ring], 1, __ATOMIC_RELAXED) % EMERGENCY_RING;
        m = &emergency[ring][i];
        if (claimable(m, depth) || tries == EMERGENCY_RING) break; /* all held: the oldest goes */
    }
    if (ring && m->depth != depth) {
        if (!m->depth) exc_irq_held++;
        m->depth = (uint8_t)depth;
    }
    if (t->flags & TYPE_HEAP) {
        t = &type_MemoryError;
        argc = 0;
    }
    Exception *e = &m->exc;
    e->base.type = t;
    e->dict = e->traceback = e->cause = e->context = VALUE_NULL;
    emergency_args(m, argc, args);
    return (value_t)e;
}

/* `ValueError("bad", n)` with the heap locked. */
static value_t make_locked(const Type *cls, int argc, const value_t *args)
{
    if ((cls->flags & TYPE_HEAP) || argc > EMERGENCY_ARGS) return err_no_memory();
    return emergency_new(cls, argc, args);
}

bool exc_init(void)
{
    gc_add_root_range((value_t *)emergency, sizeof emergency / sizeof(value_t));
    gc_add_root(&s_cause);
    gc_add_root(&s_context);
    gc_add_root(&s_traceback);
    gc_add_root(&s_suppress);
    return (s_cause = str_intern_cstr("__cause__")) && (s_context = str_intern_cstr("__context__")) &&
           (s_traceback = str_intern_cstr("__traceback__")) &&
           (s_suppress = str_intern_cstr("__suppress_context__"));
}

/* ---- Raising ---------------------------------------------------------------- */

/* __context__: the exception being handled when this one is raised; a
 * context chain that already leads back to exc is cut so it stays acyclic. */
static void set_context(value_t exc)
{
    value_t handled = vm_state.handled_exc;
    if (!handled || handled == exc || !exc_check(handled)) return;
    value_t o = handled;
    for (int i = 0; i < 100 && o; i++) {
        if (EXC(o)->context == exc) {
            EXC(o)->context = VALUE_NULL;
            break;
        }
        o = EXC(o)->context;
    }
    EXC(exc)->context = handled;
}

static value_t set_exc(value_t exc)
{
    set_context(exc);
    vm_state.exc = exc;
    return VALUE_NULL;
}

static void add_uint(StrBuf *b, uint64_t n, bool neg)
{
    char buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    if (neg) buf[--i] = '-';
    strbuf_add(b, buf + i, sizeof buf - (size_t)i);
}

static void add_int(StrBuf *b, int64_t n)
{
    add_uint(b, n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n, n < 0);
}

/* The message of err_vraise; false if a %R/%S conversion raised. */
static bool format_message(StrBuf *b, const char *fmt, va_list ap)
{
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = p;
            while (q[1] && q[1] != '%') q++;
            strbuf_add(b, p, (size_t)(q - p + 1));
            p = q;
            continue;
        }
        int lng = 0;
        bool size = false;
        while (p[1] == 'l') lng++, p++;
        if (p[1] == 'z') size = true, p++;
        switch (*++p) {
        case 'd':
        case 'i':
            if (size) add_int(b, (int64_t)va_arg(ap, intptr_t));
            else if (lng >= 2) add_int(b, va_arg(ap, long long));
            else if (lng) add_int(b, va_arg(ap, long));
            else add_int(b, va_arg(ap, int));
            break;
        case 'u':
            if (size) add_uint(b, va_arg(ap, size_t), false);
            else if (lng >= 2) add_uint(b, va_arg(ap, unsigned long long), false);
            else if (lng) add_uint(b, va_arg(ap, unsigned long), false);
            else add_uint(b, va_arg(ap, unsigned), false);
            break;
        case 'c': strbuf_add_char(b, (char)va_arg(ap, int)); break;
        case 's': strbuf_add_cstr(b, va_arg(ap, const char *)); break;
        case 'R':
            if (!strbuf_add_repr(b, va_arg(ap, value_t))) return false;
            break;
        case 'S':
            if (!strbuf_add_str(b, va_arg(ap, value_t))) return false;
            break;
        case 'T': strbuf_add_cstr(b, obj_type_name(va_arg(ap, value_t))); break;
        case '%': strbuf_add_char(b, '%'); break;
        case 0: return true;
        default: strbuf_add_char(b, *p); break;
        }
    }
    return true;
}

/* With the heap locked the message is formatted into the entry's own
 * storage, so that "division by zero" survives. */
static value_t raise_locked(const Type *type, const char *fmt, va_list ap)
{
    value_t exc = emergency_new(type, 0, NULL);
    Emergency *m = emergency_of(exc);
    StrBuf b;
    strbuf_init_fixed(&b, &m->message, sizeof m->message);
    format_message(&b, fmt, ap); /* a %R that needs the heap ends the text early */
    err_clear();
    value_t msg = strbuf_finish(&b);
    if (msg) emergency_args(m, 1, &msg);
    return set_exc(exc);
}

value_t err_vraise(const Type *type, const char *fmt, va_list ap)
{
    if (gc_is_locked()) return raise_locked(type, fmt, ap);
    StrBuf b;
    strbuf_init(&b, 64);
    if (!format_message(&b, fmt, ap)) return VALUE_NULL;
    value_t msg = strbuf_finish(&b);
    value_t exc = msg ? exc_new(type, 1, &msg) : VALUE_NULL;
    if (!exc) {
        err_clear();
        exc = emergency_new(type, 0, NULL);
    }
    return set_exc(exc);
}

value_t err_raise(const Type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    err_vraise(type, fmt, ap);
    va_end(ap);
    return VALUE_NULL;
}

/* An exception class is instantiated without arguments, as `raise C` does. */
static value_t instantiate(value_t v)
{
    if (exc_check(v)) return v;
    if (type_check(v) && (((const Type *)v)->flags & TYPE_EXCEPTION)) {
        value_t e = obj_call0(v);
        if (e && !exc_check(e))
            return err_raise(&type_TypeError,
                             "calling %R should have returned an instance of BaseException, not %T", v, e);
        return e;
    }
    return err_raise(&type_TypeError, "exceptions must derive from BaseException");
}

value_t err_raise_value(value_t exc)
{
    value_t e = instantiate(exc);
    return e ? set_exc(e) : VALUE_NULL;
}

value_t err_raise_args(const Type *type, int argc, const value_t *args)
{
    value_t e = gc_is_locked() ? VALUE_NULL : exc_new(type, argc, args);
    if (!e) {
        err_clear();
        e = emergency_new(type, argc <= EMERGENCY_ARGS ? argc : 0, args);
    }
    return set_exc(e);
}

value_t err_no_memory(void) { return set_exc(emergency_new(&type_MemoryError, 0, NULL)); }

value_t err_stop_iteration(value_t value)
{
    err_raise_args(&type_StopIteration, value != VALUE_NONE, &value);
    EXC(vm_state.exc)->value = value;
    return VALUE_NULL;
}

bool exc_set_cause(value_t exc, value_t cause)
{
    if (cause == VALUE_NONE) {
        EXC(exc)->cause = VALUE_NONE;
        return true;
    }
    if (!exc_check(cause) && !(type_check(cause) && (((const Type *)cause)->flags & TYPE_EXCEPTION))) {
        err_raise(&type_TypeError, "exception causes must derive from BaseException");
        return false;
    }
    value_t c = instantiate(cause);
    if (!c) return false;
    EXC(exc)->cause = c;
    return true;
}

bool err_occurred(void) { return vm_state.exc != VALUE_NULL; }

value_t err_fetch(void)
{
    value_t e = vm_state.exc;
    vm_state.exc = VALUE_NULL;
    return e;
}

void err_restore(value_t exc) { vm_state.exc = exc; }
void err_clear(void) { vm_state.exc = VALUE_NULL; }

bool err_matches(const Type *t)
{
    return vm_state.exc && type_is_subtype(obj_type(vm_state.exc), t);
}

static bool is_exc_class(value_t v)
{
    return type_check(v) && type_is_subtype((const Type *)v, &type_BaseException);
}

static bool is_tuple(value_t v) { return value_is_obj(v) && OBJ(v)->type == &type_tuple; }

bool exc_valid_class(value_t type_or_tuple)
{
    bool ok = is_exc_class(type_or_tuple);
    if (!ok && is_tuple(type_or_tuple)) {
        const Tuple *t = TUPLE(type_or_tuple);
        ok = true;
        for (uint32_t i = 0; i < t->len && ok; i++) ok = is_exc_class(t->items[i]);
    }
    if (!ok) err_raise(&type_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return ok;
}

bool exc_matches(value_t exc, value_t type_or_tuple)
{
    if (!is_tuple(type_or_tuple)) return type_is_subtype(obj_type(exc), (const Type *)type_or_tuple);
    const Tuple *t = TUPLE(type_or_tuple);
    for (uint32_t i = 0; i < t->len; i++)
        if (type_is_subtype(obj_type(exc), (const Type *)t->items[i])) return true;
    return false;
}

/* ---- Tracebacks --------------------------------------------------------------- */

bool exc_add_traceback(value_t exc, value_t code, int line)
{
    if (gc_is_locked() || !exc_check(exc)) return false;
    Exception *e = EXC(exc);
    value_t saved = vm_state.exc;
    bool ok = (e->traceback || (e->traceback = list_new(0))) && list_append(e->traceback, code) &&
              list_append(e->traceback, value_from_small(line));
    if (!ok && e->traceback) {
        /* keep the list in pairs */
        List *l = LIST(e->traceback);
        l->len &= ~1u;
    }
    vm_state.exc = saved;
    return ok;
}

static void out(const char *s) { port_write_err(s, strlen(s)); }
static void out_str(value_t s) { if (s && str_check(s)) port_write_err(str_data(s), str_len(s)); }

static void out_int(int64_t n)
{
    char buf[24];
    int i = sizeof buf;
    uint64_t m = n < 0 ? (uint64_t)0 - (uint64_t)n : (uint64_t)n;
    do {
        buf[--i] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (n < 0) buf[--i] = '-';
    port_write_err(buf + i, sizeof buf - (size_t)i);
}

/* Source text of the file being printed from, read once per traceback. */
typedef struct SourceCache {
    value_t filename;
    char *text;
    size_t len;
} SourceCache;

static void source_release(SourceCache *c)
{
    if (c->text) port_raw_free(c->text);
    c->text = NULL;
    c->filename = VALUE_NULL;
}

/* "    <source line>" (and a caret under column caret_col when > 0) when the
 * file can be read; never from a hard IRQ. */
static void out_source_line(SourceCache *c, value_t filename, int line, int caret_col)
{
    if (gc_is_locked() || !str_check(filename) || line < 1) return;
    if (c->filename != filename) {
        source_release(c);
        c->filename = filename;
        c->text = port_read_file(str_data(filename), &c->len);
    }
    if (!c->text) return;
    const char *p = c->text, *end = c->text + c->len;
    for (int n = 1; n < line && p < end; p++)
        if (*p == '\n') n++;
    const char *start = p;
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    const char *eol = p;
    while (eol < end && *eol != '\n' && *eol != '\r') eol++;
    if (eol == p) return;
    out("    ");
    port_write_err(p, (size_t)(eol - p));
    out("\n");
    int col = caret_col - (int)(p - start);
    if (caret_col > 0 && col > 0) {
        out("    ");
        while (--col > 0) out(" ");
        out("^\n");
    }
}

/* Identical consecutive entries (deep recursion) print three times, then
 * a count, as CPython does. */
#define TB_REPEAT_SHOWN 3

static void out_repeated(size_t n)
{
    if (n <= TB_REPEAT_SHOWN) return;
    n -= TB_REPEAT_SHOWN;
    out("  [Previous line repeated ");
    out_int((int64_t)n);
    out(n == 1 ? " more time]\n" : " more times]\n");
}

static void print_entries(value_t tb)
{
    size_t n;
    value_t *items = tb ? seq_items(tb, &n) : NULL;
    if (!items || n < 2) return;
    out("Traceback (most recent call last):\n");
    SourceCache cache = { VALUE_NULL, NULL, 0 };
    size_t same = 0;
    for (size_t i = n / 2; i-- > 0;) {
        value_t code = items[2 * i], line = items[2 * i + 1];
        bool repeat = i + 1 < n / 2 && items[2 * i + 2] == code && items[2 * i + 3] == line;
        same = repeat ? same + 1 : 1;
        if (same > TB_REPEAT_SHOWN) {
            if (i == 0 || items[2 * i - 2] != code || items[2 * i - 1] != line) out_repeated(same);
            continue;
        }
        const Code *c = CODE(code);
        out("  File \"");
        out_str(c->filename);
        out("\", line ");
        out_int(value_to_small(line));
        out(", in ");
        out_str(c->name);
        out("\n");
        out_source_line(&cache, c->filename, (int)value_to_small(line), 0);
    }
    source_release(&cache);
}

/* SyntaxError's own location block: file, line, the text and a caret. */
static void print_syntax_location(value_t exc)
{
    const Tuple *d = syntax_details(exc);
    if (!d) return;
    out("  File \"");
    out_str(d->items[0]);
    out("\", line ");
    out_int(value_is_int(d->items[1]) ? value_to_small(d->items[1]) : 0);
    out("\n");
    value_t text = d->items[3];
    int col = value_is_int(d->items[2]) ? (int)value_to_small(d->items[2]) : 0;
    if (!str_check(text)) {
        SourceCache cache = { VALUE_NULL, NULL, 0 };
        out_source_line(&cache, d->items[0], value_is_int(d->items[1]) ? (int)value_to_small(d->items[1]) : 0, col);
        source_release(&cache);
        return;
    }
    const char *p = str_data(text), *start = p;
    while (*p == ' ' || *p == '\t') p++;
    const char *eol = p;
    while (*eol && *eol != '\n') eol++;
    out("    ");
    port_write_err(p, (size_t)(eol - p));
    out("\n");
    col -= (int)(p - start);
    if (col > 0) {
        out("    ");
        while (--col > 0) out(" ");
        out("^\n");
    }
}

/* "module.Name: message" (the module only for classes outside __main__). */
static void print_last_line(value_t exc)
{
    const Type *t = obj_type(exc);
    value_t mod = class_module(t);
    if (mod && str_check(mod) && strcmp(str_data(mod), "__main__") && strcmp(str_data(mod), "builtins")) {
        out_str(mod);
        out(".");
    }
    out_str(class_qualname(t));
    value_t saved = err_fetch();
    const Tuple *a = exc_args(exc);
    value_t msg;
    if (obj_isinstance(exc, &type_SyntaxError) && a->len >= 1) msg = obj_str(a->items[0]);
    else if (t->str == exc_str && a->len == 1 && str_check(a->items[0]) && !obj_isinstance(exc, &type_KeyError))
        msg = a->items[0];
    else msg = obj_str(exc);
    if (!msg) {
        err_clear();
        out(": <exception str() failed>");
    } else if (str_len(msg)) {
        out(": ");
        out_str(msg);
    }
    out("\n");
    err_restore(saved);
}

static void print_chain(value_t exc, int depth)
{
    Exception *e = EXC(exc);
    if (depth < 16) {
        if (e->cause && exc_check(e->cause)) {
            print_chain(e->cause, depth + 1);
            out("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (!e->cause && e->context && exc_check(e->context)) {
            print_chain(e->context, depth + 1);
            out("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_entries(e->traceback);
    if (obj_isinstance(exc, &type_SyntaxError)) print_syntax_location(exc);
    print_last_line(exc);
}

void exc_print(value_t exc)
{
    if (!exc_check(exc)) {
        out("exception: ");
        out(obj_type_name(exc));
        out("\n");
        return;
    }
    print_chain(exc, 0);
}
