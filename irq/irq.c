/*
 * irq.c — IRQ slots: preparation at registration, hard and soft dispatch,
 * and the reports of exceptions raised by handlers (see irq.h).
 *
 * The hard path is irq_timer_isr -> irq_dispatch -> s->resume -> VM. It
 * never allocates and never tests the handler's kind: registration did
 * that. What a handler may disturb in the interrupted code's VM state
 * (current exception, handled exception, running frame and globals, the
 * abort flag) is restored after it (the frame and globals by the VM
 * itself, see irq_dispatch); the frame stack is LIFO and the handler pops
 * all it pushes.
 *
 * A hard handler cannot allocate, so its traceback cannot be a list: vm.c
 * hands each entry to irq_traceback_note, which keeps them in a static
 * emergency buffer, and the report is queued and printed at the next safe
 * point, outside the interrupt (on the host: outside the signal handler,
 * where stdio is not safe).
 */
#include "irq.h"

#include <string.h>

#include "err.h"
#include "gc.h"
#include "num.h"
#include "opcodes.h"
#include "port.h"
#include "prof.h"
#include "sched.h"
#include "str.h"
#include "timer.h"

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

IrqSlot timer_slots[TIMER_CHANNELS];
volatile uint32_t irq_hard_count;

/* ---- Emergency buffer: traceback entries and queued reports -------------- */

#define TB_MAX 8      /* innermost entries kept for a hard handler's exception */
#define REPORTS_MAX 4 /* reports waiting to be printed */

typedef struct Report {
    value_t exc;
    value_t tb[2 * TB_MAX]; /* code, line (small int), innermost first */
    unsigned n;
} Report;

static Report current;                /* entries of the exception unwinding now */
static Report reports[REPORTS_MAX];
static volatile unsigned nreports, dropped;

void irq_traceback_note(value_t exc, value_t code, int line)
{
    if (!vm_state.hard_irq) return; /* not a hard handler: memory is merely short */
    if (exc != current.exc) {
        current.exc = exc;
        current.n = 0;
    }
    if (current.n < TB_MAX) {
        current.tb[2 * current.n] = code;
        current.tb[2 * current.n + 1] = value_from_small(line);
        current.n++;
    }
}

static value_t resume_off(IrqSlot *s)
{
    (void)s;
    return VALUE_NONE;
}

static void disable(IrqSlot *s)
{
    s->resume = resume_off;
    s->callable = VALUE_NULL;
    s->frame = NULL;
    s->gen = VALUE_NULL;
}

/* In the interrupt: the exception leaves the VM state, the slot is
 * disabled, the report waits for the next safe point. */
static void report_hard(IrqSlot *s)
{
    value_t exc = vm_state.exc;
    vm_state.exc = VALUE_NULL;
    disable(s);
    if (nreports == REPORTS_MAX) {
        dropped++;
        return;
    }
    Report *r = &reports[nreports];
    r->exc = exc;
    exc_pin(exc, true); /* a static exception stays as it is until printed */
    r->n = current.exc == exc ? current.n : 0;
    memcpy(r->tb, current.tb, sizeof r->tb);
    current.exc = VALUE_NULL;
    nreports++;
    vm_state.pending = 1;
}

static void out(const char *s) { port_write_err(s, strlen(s)); }

static void out_int(value_t n)
{
    char buf[NUM_TEXT_SIZE];
    port_write_err(buf, num_text(n, buf));
}

static void out_str(value_t s)
{
    if (s && str_check(s)) port_write_err(str_data(s), str_len(s));
}

/* The report of a hard handler: our entries, then the exception's last
 * line (exc_print without its own traceback and chain). */
static void print_report(const Report *r)
{
    out("Uncaught exception in IRQ callback handler\n");
    if (r->n) out("Traceback (most recent call last):\n");
    for (unsigned i = r->n; i-- > 0;) {
        const Code *c = CODE(r->tb[2 * i]);
        out("  File \"");
        out_str(c->filename);
        out("\", line ");
        out_int(r->tb[2 * i + 1]);
        out(", in ");
        out_str(c->name);
        out("\n");
    }
    if (!exc_check(r->exc)) {
        exc_print(r->exc);
        return;
    }
    Exception *e = EXC(r->exc);
    value_t tb = e->traceback, cause = e->cause, context = e->context;
    e->traceback = e->cause = e->context = VALUE_NULL;
    exc_print(r->exc);
    e->traceback = tb;
    e->cause = cause;
    e->context = context;
}

void irq_print_reports(void)
{
    while (nreports) {
        uint32_t st = port_irq_disable();
        Report r = reports[0];
        memmove(&reports[0], &reports[1], (nreports - 1) * sizeof(Report));
        nreports--;
        reports[nreports].exc = VALUE_NULL;
        port_irq_restore(st);
        print_report(&r);
        exc_pin(r.exc, false);
    }
    if (dropped) {
        out("(more uncaught exceptions in IRQ callback handlers were not reported)\n");
        dropped = 0;
    }
}

/* ---- Resume functions, one per kind --------------------------------------- */

/* The generator returned or raised: it is finished and the slot with it. */
static value_t __attribute__((noinline)) generator_done(IrqSlot *s, value_t r)
{
    ((Generator *)s->gen)->frame = NULL;
    disable(s);
    return r ? VALUE_NONE : VALUE_NULL;
}

/* After any resume: a generator slot whose frame finished is done, unless
 * the program is running that generator itself (it finished there and
 * the program's own resume will close it; this interrupt was refused).
 * (Kept out of the resume functions so that they end in a tail call.) */
static inline value_t check_finished(IrqSlot *s, value_t r)
{
    if (UNLIKELY(s->gen && !s->frame->ip) && !((Generator *)s->gen)->running) return generator_done(s, r);
    return r;
}

/* A generator the slot made from a generator function: nobody else holds
 * it, so it cannot be running or finished by someone else. */
static value_t resume_own_generator(IrqSlot *s)
{
    IRQ_PROF(7);
    Frame *f = s->frame;
    const uint8_t *ip = f->ip;
    if (LIKELY(ip[0] == BC_STORE_FAST)) {
        /* `t = yield`: store the value straight into t and skip the
         * STORE_FAST, one dispatch less on every interrupt. */
        f->locals[ip[1] | (ip[2] << 8)] = s->arg;
        f->ip = ip + 3;
    } else {
        *f->sp++ = s->arg; /* the value of the pending `yield` */
    }
    IRQ_PROF(8);
    return vm_run_frame(f);
}

/* A generator instance the program registered: it may also resume it. */
static value_t resume_generator(IrqSlot *s)
{
    IRQ_PROF(7);
    Generator *g = (Generator *)s->gen;
    Frame *f = s->frame;
    bool busy = __atomic_exchange_n(&g->running, 1, __ATOMIC_ACQUIRE);
    if (UNLIKELY(busy || !g->frame)) { /* running elsewhere, or finished by the program */
        if (!busy) g->running = 0;
        s->refused++;
        return VALUE_NONE;
    }
    *f->sp++ = s->arg;
    IRQ_PROF(8);
    value_t r = vm_run_frame(f);
    g->running = 0;
    return r;
}

/* frame_rewind specialised with what registration knows: the parameters
 * are self (kept) and the argument (stored), and a function that returned
 * left no block and no handled exception behind (one that raised has been
 * disabled). The locals after the parameters are made unbound again after
 * the handler, off the path to its first statement. */
static value_t resume_function(IrqSlot *s)
{
    IRQ_PROF(7);
    Frame *f = s->frame;
    f->locals[s->arg_slot] = s->arg;
    f->ip = f->code->bytecode;
    f->sp = f->locals + f->code->nlocals;
    IRQ_PROF(8);
    value_t r = vm_run_frame(f);
    const Code *c = f->code; /* not s: the handler may have re-registered it */
    for (unsigned i = c->nargs; i < (unsigned)(c->nlocals - c->nfree); i++) f->locals[i] = VALUE_UNBOUND;
    return r;
}

static value_t resume_call(IrqSlot *s)
{
    IRQ_PROF(7);
    IRQ_PROF(8);
    return obj_call1(s->callable, s->arg);
}

/* ---- Dispatch -------------------------------------------------------------- */

/* The hard path, inlined into the timer's channel handler. */
static inline __attribute__((always_inline)) void dispatch(IrqSlot *s)
{
    IRQ_PROF(1);
    if (UNLIKELY(s->flags & IRQ_RUNNING)) {
        s->refused++;
        return;
    }
    s->flags |= IRQ_RUNNING;
    gc_lock();            /* allocation fails at once */
    vm_state.hard_irq++;  /* safe points leave soft work for the interrupted code */
    IRQ_PROF(2);
    IRQ_PROF(3); /* no error guard to set up: errors are return values */
    /* The running frame and globals come back by themselves: the VM links
     * the handler's frame to the interrupted one and restores both when it
     * leaves. The rest is saved here. */
    value_t exc = vm_state.exc, handled = vm_state.handled_exc;
    uint8_t abort = vm_state.abort;
    vm_state.exc = VALUE_NULL;
    vm_state.handled_exc = VALUE_NULL;
    vm_state.abort = 0;
    IRQ_PROF(4);
    value_t r = check_finished(s, s->resume(s));
    IRQ_PROF(5);
    if (UNLIKELY(!r)) report_hard(s);
    if (UNLIKELY(current.n)) current.n = 0; /* entries of an exception the handler caught */
    if (UNLIKELY(exc_irq_held)) exc_irq_release(vm_state.hard_irq);
    irq_hard_count++;
    vm_state.exc = exc;
    vm_state.handled_exc = handled;
    vm_state.abort = abort;
    vm_state.hard_irq--;
    gc_unlock();
    s->flags &= (uint8_t)~IRQ_RUNNING;
    IRQ_PROF(6);
}

void irq_dispatch(IrqSlot *s) { dispatch(s); }

void irq_timer_isr(unsigned ch)
{
    IRQ_PROF_BEGIN(ch);
    IrqSlot *s = &timer_slots[ch];
    if (LIKELY(s->flags & IRQ_HARD)) dispatch(s);
    else irq_queue(s);
    IRQ_PROF_END();
}

void irq_queue(IrqSlot *s)
{
    if (s->flags & IRQ_QUEUED) {
        s->refused++;
        return;
    }
    s->flags |= IRQ_QUEUED;
    if (!sched_push_slot(s)) {
        s->flags &= (uint8_t)~IRQ_QUEUED;
        s->refused++;
    }
}

void irq_run_soft(IrqSlot *s)
{
    uint32_t st = port_irq_disable();
    bool busy = s->flags & IRQ_RUNNING;
    s->flags = (uint8_t)((s->flags & ~IRQ_QUEUED) | IRQ_RUNNING);
    if (busy) s->refused++;
    port_irq_restore(st);
    if (busy) return;
    value_t handled = vm_state.handled_exc;
    vm_state.handled_exc = VALUE_NULL;
    value_t r = check_finished(s, s->resume(s));
    vm_state.handled_exc = handled;
    if (!r) {
        value_t exc = err_fetch();
        disable(s);
        out("Uncaught exception in IRQ callback handler\n");
        exc_print(exc);
    }
    st = port_irq_disable();
    s->flags &= (uint8_t)~IRQ_RUNNING;
    port_irq_restore(st);
}

/* ---- Registration ---------------------------------------------------------- */

static bool is_generator(value_t v) { return value_is_obj(v) && OBJ(v)->type == &type_generator; }

/* Runs a fresh generator to its first yield. */
static bool prime(IrqSlot *n, value_t gen)
{
    Generator *g = (Generator *)gen;
    if (g->frame && g->frame->ip == g->frame->code->bytecode) {
        bool done;
        value_t r = gen_resume(gen, VALUE_NONE, VALUE_NULL, &done);
        if (!r) return false;
        (void)done;
    }
    if (!g->frame) {
        err_raise(&type_TypeError, "IRQ callback generator has finished");
        return false;
    }
    n->gen = gen;
    n->frame = g->frame;
    n->resume = resume_generator;
    return true;
}

/* A function whose only parameters are self (when bound) and the argument
 * gets a prepared frame: rewinding keeps parameters, so nothing else may
 * live in them (defaults, *args...). Others are called generically. */
static bool simple_params(const Code *c, unsigned want)
{
    return c->nargs == want && !c->nkwonly && !(c->flags & (CODE_VARARGS | CODE_VARKW));
}

static bool prepare_function(IrqSlot *n, value_t fn, value_t self, value_t arg)
{
    const Code *c = CODE(FUNCTION(fn)->code);
    if (c->flags & CODE_GENERATOR) {
        value_t g = gen_new(fn, self, 1, &arg, VALUE_NULL);
        if (!g || !prime(n, g)) return false;
        n->resume = resume_own_generator;
        return true;
    }
    Frame *f = frame_new_heap(fn);
    if (!f || !func_bind_args(FUNCTION(fn), f->locals, self, 1, &arg, VALUE_NULL)) return false;
    unsigned want = self ? 2u : 1u;
    if (simple_params(c, want)) {
        n->frame = f;
        n->arg_slot = (uint8_t)(want - 1);
        n->resume = resume_function;
    } else {
        n->resume = resume_call;
    }
    return true;
}

/* Built-ins and callable instances: arity checked where it is known. */
static bool prepare_generic(IrqSlot *n, value_t callable, value_t arg)
{
    value_t fn = callable;
    int argc = 1;
    if (value_is_obj(fn) && OBJ(fn)->type == &type_boundmethod) {
        fn = ((BoundMethod *)fn)->func;
        argc = 2;
    }
    const Type *t = obj_type(fn);
    if (t == &type_builtin) {
        const Builtin *b = (const Builtin *)fn;
        if (argc < b->min_args || (b->max_args != ARGS_MANY && argc > b->max_args)) {
            err_raise(&type_TypeError, "%s() can't take %d positional argument%s", b->name, argc - (argc == 2),
                      argc == 2 ? " after self" : "");
            return false;
        }
    } else if (t->flags & TYPE_HEAP) {
        value_t call = type_lookup(t, NAME(__call__));
        if (!call) {
            err_raise(&type_TypeError, "'%T' object is not callable", callable);
            return false;
        }
        if (func_check(call) && !(CODE(FUNCTION(call)->code)->flags & CODE_GENERATOR)) {
            Frame *f = frame_new_heap(call); /* only to check the arity now */
            if (!f || !func_bind_args(FUNCTION(call), f->locals, callable, 1, &arg, VALUE_NULL)) return false;
        }
    } else if (!t->call) {
        err_raise(&type_TypeError, "'%T' object is not callable", callable);
        return false;
    }
    n->resume = resume_call;
    return true;
}

bool irq_slot_set(IrqSlot *s, value_t callable, value_t arg, bool hard)
{
    if (callable == VALUE_NONE || callable == VALUE_NULL) {
        irq_slot_clear(s);
        return true;
    }
    IrqSlot n;
    memset(&n, 0, sizeof n);
    n.arg = arg;
    n.callable = callable;
    n.flags = hard ? IRQ_HARD : 0;
    value_t fn = callable, self = VALUE_NULL;
    if (value_is_obj(fn) && OBJ(fn)->type == &type_boundmethod && func_check(((BoundMethod *)fn)->func)) {
        self = ((BoundMethod *)fn)->self;
        fn = ((BoundMethod *)fn)->func;
    } else if (obj_type(fn)->flags & TYPE_HEAP) {
        /* a callable instance: its __call__, looked up now, as a bound method */
        value_t call = type_lookup(obj_type(fn), NAME(__call__));
        if (call && func_check(call)) {
            self = fn;
            fn = call;
        }
    }
    bool ok;
    if (func_check(fn)) ok = prepare_function(&n, fn, self, arg);
    else if (is_generator(fn)) ok = prime(&n, fn);
    else ok = prepare_generic(&n, callable, arg);
    if (!ok) return false;
    if (hard && irq_check_enabled) {
        if (func_check(fn)) irq_check_code(FUNCTION(fn)->code);
        else if (n.frame) irq_check_code((value_t)n.frame->code);
    }
    uint32_t st = port_irq_disable();
    n.refused = s->refused;
    n.flags |= s->flags & (IRQ_RUNNING | IRQ_QUEUED);
    *s = n;
    port_irq_restore(st);
    return true;
}

void irq_slot_clear(IrqSlot *s)
{
    uint32_t st = port_irq_disable();
    disable(s);
    s->flags = (uint8_t)((s->flags & (IRQ_RUNNING | IRQ_QUEUED)) | IRQ_HARD);
    s->arg = VALUE_NONE;
    port_irq_restore(st);
}

bool irq_init(void)
{
    for (unsigned i = 0; i < TIMER_CHANNELS; i++) irq_slot_clear(&timer_slots[i]);
    gc_add_root_range((value_t *)timer_slots, sizeof timer_slots / (sizeof(value_t)));
    gc_add_root_range((value_t *)&current, sizeof current / sizeof(value_t));
    gc_add_root_range((value_t *)reports, sizeof reports / (sizeof(value_t)));
    sched_init();
    return true;
}
