/*
 * gen.c — generator objects: calling a generator function (CODE_GENERATOR)
 * makes a Generator that owns its frame, allocated in the same heap block;
 * next/send/throw/close re-enter that frame through vm_resume_frame and
 * vm_throw_frame (vm.c). A frame whose ip is NULL has finished.
 *
 * `yield from` delegates in the VM (YIELD_FROM re-executes until the inner
 * iterator is done); throw() and close() forward to the inner iterator
 * here when the frame is suspended at a YIELD_FROM.
 */
#include <stdio.h>
#include <string.h>

#include "err.h"
#include "gc.h"
#include "list.h"
#include "opcodes.h"
#include "str.h"
#include "vm.h"

static value_t s_throw, s_close;

bool gen_init(void)
{
    return (s_throw = str_intern_cstr("throw")) && (s_close = str_intern_cstr("close"));
}

/* The frame follows the Generator header, aligned for value_t. */
#define GEN_HEADER ((sizeof(Generator) + 2 * sizeof(value_t) - 1) & ~(2 * sizeof(value_t) - 1))

value_t gen_new(value_t func, value_t self, int argc, const value_t *args, value_t kwnames)
{
    const Function *fn = FUNCTION(func);
    const Code *c = CODE(fn->code);
    Generator *g = gc_new_object(GEN_HEADER + frame_size(c), &type_generator);
    if (!g) return VALUE_NULL;
    Frame *f = (Frame *)((char *)g + GEN_HEADER);
    f->flags = FRAME_HEAP;
    frame_init(f, c, func, fn->globals, VALUE_NULL);
    if (!func_bind_args(fn, f->locals, self, argc, args, kwnames)) return VALUE_NULL;
    g->frame = f;
    g->name = fn->qualname;
    return (value_t)g;
}

value_t gen_stop_value(value_t stop)
{
    Exception *e = (Exception *)stop;
    if (e->value) return e->value;
    size_t n;
    value_t *items = e->args ? seq_items(e->args, &n) : NULL;
    return items && n ? items[0] : VALUE_NONE;
}

/* After the frame ran: a yield, a return, or an exception (PEP 479 turns
 * a StopIteration escaping the body into RuntimeError). */
static value_t finish(Generator *g, value_t r, bool *done)
{
    if (g->frame->ip) return r;
    g->frame = NULL;
    if (r) {
        *done = true;
        return r;
    }
    if (err_matches(&type_StopIteration)) {
        value_t stop = err_fetch();
        err_raise(&type_RuntimeError, "generator raised StopIteration");
        if (vm_state.exc) {
            ((Exception *)vm_state.exc)->cause = stop;
            ((Exception *)vm_state.exc)->context = stop;
        }
    }
    return VALUE_NULL;
}

static bool is_generator(value_t v) { return value_is_obj(v) && OBJ(v)->type == &type_generator; }

static value_t gen_close_value(value_t self);

/* throw() while suspended in `yield from`: the inner iterator gets it first. */
static value_t throw_delegated(Frame *f, value_t exc)
{
    value_t it = f->sp[-1], r = VALUE_NULL;
    bool done = false;
    if (obj_isinstance(exc, &type_GeneratorExit)) {
        value_t closed = VALUE_NONE;
        if (is_generator(it)) {
            closed = gen_close_value(it);
        } else {
            value_t m = obj_getattr_opt(it, s_close);
            if (m && m != VALUE_UNBOUND) closed = obj_call0(m);
        }
        if (closed) err_raise_value(exc);
        return vm_throw_frame(f);
    }
    if (is_generator(it)) {
        r = gen_resume(it, VALUE_NONE, exc, &done);
    } else {
        value_t m = obj_getattr_opt(it, s_throw);
        if (!m) return vm_throw_frame(f);
        if (m == VALUE_UNBOUND) {
            err_raise_value(exc);
            return vm_throw_frame(f);
        }
        r = obj_call1(m, exc);
    }
    if (!r && err_matches(&type_StopIteration)) {
        r = gen_stop_value(err_fetch());
        done = true;
    }
    if (!r) return vm_throw_frame(f);
    if (!done) return r; /* the inner iterator yielded: so do we */
    f->sp[-1] = r;       /* it finished: its value is the result of `yield from` */
    f->ip++;
    return vm_run_frame(f);
}

value_t gen_resume(value_t gen, value_t sent, value_t throw_exc, bool *done)
{
    Generator *g = (Generator *)gen;
    *done = false;
    /* claimed in one step, and the frame read after: a hard IRQ handler
     * that resumes the same generator may run it to its end meanwhile */
    if (__atomic_exchange_n(&g->running, 1, __ATOMIC_ACQUIRE))
        return err_raise(&type_ValueError, "generator already executing");
    Frame *f = g->frame;
    if (!f) {
        g->running = 0;
        if (throw_exc) return err_raise_value(throw_exc);
        *done = true;
        return VALUE_NONE;
    }
    bool fresh = f->ip == f->code->bytecode;
    if (fresh && sent != VALUE_NONE && !throw_exc) {
        g->running = 0;
        return err_raise(&type_TypeError, "can't send non-None value to a just-started generator");
    }
    value_t r;
    if (throw_exc) {
        if (!fresh && *f->ip == BC_YIELD_FROM) {
            r = throw_delegated(f, throw_exc);
        } else {
            err_raise_value(throw_exc);
            r = vm_throw_frame(f);
        }
    } else if (fresh) {
        r = vm_run_frame(f);
    } else {
        r = vm_resume_frame(f, sent);
    }
    /* still running while finish looks at the frame: a hard IRQ handler
     * that also resumes this generator must keep out until it is done */
    r = finish(g, r, done);
    g->running = 0;
    return r;
}

/* ---- Methods and slots -------------------------------------------------- */

static value_t gen_iter(value_t self) { return self; }

static value_t gen_next(value_t self)
{
    bool done;
    value_t r = gen_resume(self, VALUE_NONE, VALUE_NULL, &done);
    return r && done ? VALUE_STOP : r;
}

static value_t gen_dunder_next(value_t self)
{
    bool done;
    value_t r = gen_resume(self, VALUE_NONE, VALUE_NULL, &done);
    return r && done ? err_stop_iteration(r) : r;
}

static value_t gen_send(value_t self, value_t v)
{
    bool done;
    value_t r = gen_resume(self, v, VALUE_NULL, &done);
    return r && done ? err_stop_iteration(r) : r;
}

/* throw(type[, value[, tb]]) or throw(instance) */
static value_t gen_throw(int argc, const value_t *args)
{
    value_t typ = args[1], val = argc > 2 ? args[2] : VALUE_NONE, exc;
    if (obj_isinstance(typ, &type_type) && type_is_subtype((const Type *)typ, &type_BaseException)) {
        if (val != VALUE_NONE && obj_isinstance(val, (const Type *)typ)) exc = val;
        else if (val == VALUE_NONE) exc = obj_call0(typ);
        else if (value_is_obj(val) && OBJ(val)->type == &type_tuple)
            exc = obj_call(typ, (int)TUPLE(val)->len, TUPLE(val)->items, VALUE_NULL);
        else exc = obj_call1(typ, val);
        if (!exc) return VALUE_NULL;
    } else if (obj_isinstance(typ, &type_BaseException)) {
        if (val != VALUE_NONE) return err_raise(&type_TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return err_raise(&type_TypeError, "exceptions must be classes or instances deriving from BaseException, not %T",
                         typ);
    }
    bool done;
    value_t r = gen_resume(args[0], VALUE_NONE, exc, &done);
    return r && done ? err_stop_iteration(r) : r;
}

static value_t gen_close_value(value_t self)
{
    Generator *g = (Generator *)self;
    Frame *f = g->frame;
    if (!f) return VALUE_NONE;
    if (g->running) return err_raise(&type_ValueError, "generator already executing");
    if (f->ip == f->code->bytecode) { /* never started: nothing to run */
        f->ip = NULL;
        g->frame = NULL;
        return VALUE_NONE;
    }
    value_t ge = exc_new(&type_GeneratorExit, 0, NULL);
    if (!ge) return VALUE_NULL;
    bool done;
    value_t r = gen_resume(self, VALUE_NONE, ge, &done);
    if (r) return done ? VALUE_NONE : err_raise(&type_RuntimeError, "generator ignored GeneratorExit");
    if (err_matches(&type_GeneratorExit) || err_matches(&type_StopIteration)) {
        err_clear();
        return VALUE_NONE;
    }
    return VALUE_NULL;
}

static value_t gen_repr(value_t self)
{
    char buf[32];
    snprintf(buf, sizeof buf, " at %p>", VALUE_TO_PTR(self));
    StrBuf b;
    strbuf_init(&b, 48);
    strbuf_add_cstr(&b, "<generator object ");
    if (!strbuf_add_str(&b, ((Generator *)self)->name)) return VALUE_NULL;
    strbuf_add_cstr(&b, buf);
    return strbuf_finish(&b);
}

/* gi_running as a property, so the type keeps the generic attribute lookup
 * and `g.send(x)` loads the method without allocating. (__name__ and
 * __qualname__ cannot be properties in the type dict: they would shadow
 * type(g).__name__, see the report.) */
static value_t gen_running(value_t self) { return value_from_bool(((Generator *)self)->running); }
static BUILTIN_FIX(gen_running_obj, "generator.gi_running", 1, gen_running);
static const Property gen_running_prop = { { &type_property }, (value_t)&gen_running_obj, VALUE_NULL, VALUE_NULL };

static BUILTIN_FIX(gen_send_obj, "generator.send", 2, gen_send);
static BUILTIN_VAR(gen_throw_obj, "generator.throw", 2, 4, gen_throw);
static BUILTIN_FIX(gen_close_obj, "generator.close", 1, gen_close_value);
static BUILTIN_FIX(gen_next_obj, "generator.__next__", 1, gen_dunder_next);
static BUILTIN_FIX(gen_iter_obj, "generator.__iter__", 1, gen_iter);

static const AttrDef gen_methods[] = {
    ATTR_OBJ("send", &gen_send_obj),
    ATTR_OBJ("throw", &gen_throw_obj),
    ATTR_OBJ("close", &gen_close_obj),
    ATTR_OBJ("__next__", &gen_next_obj),
    ATTR_OBJ("__iter__", &gen_iter_obj),
    ATTR_OBJ("gi_running", &gen_running_prop),
    ATTR_END,
};

Type type_generator = {
    .base = { &type_type },
    .cname = "generator",
    .methods = gen_methods,
    .repr = gen_repr,
    .iter = gen_iter,
    .next = gen_next,
};
