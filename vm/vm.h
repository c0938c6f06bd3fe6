/*
 * vm.h — the bytecode interpreter, its frames and the per-context VM state.
 *
 * VMState holds everything a hard interrupt handler may disturb; the IRQ
 * dispatcher (irq/) saves and restores it around a handler (decision 8).
 *
 * Frames (decision 4). A call's activation record is one contiguous block:
 *
 *     Frame header | locals[nlocals] | value stack[stacksize + slack] | Block[nblocks + 1]
 *
 * Frames of plain calls are bump-allocated from the frame stack (frame.c),
 * LIFO, and fall back to the GC heap when it is full. Generator frames live
 * in the GC heap inside their Generator and are entered again by
 * vm_resume_frame. Python-to-Python calls push a frame and stay in the same
 * C loop; only C code calling back into Python (obj_call on a function,
 * generator resumption) starts a nested loop instance.
 */
#ifndef IRQPY_VM_H
#define IRQPY_VM_H

#include "func.h"

/* A block pushed by SETUP_EXCEPT / SETUP_WITH. When an exception reaches
 * it, the VM pops it, cuts the value stack back to `depth`, pushes the
 * previously handled exception and the new one and jumps to `handler`
 * (the compiler's layout is described in code.h). */
typedef struct Block {
    uint32_t handler;    /* bytecode offset of the handler */
    uint32_t depth;      /* value-stack depth to unwind to */
} Block;

/* Frame flags. */
enum {
    FRAME_HEAP = 1 << 0, /* allocated in the GC heap, not on the frame stack */
};

/* Extra value-stack slots beyond code->stacksize (defensive margin). */
#define FRAME_STACK_SLACK 2

typedef struct Frame {
    const uint8_t *ip;      /* saved instruction pointer (when not running); NULL once finished */
    value_t *sp;            /* saved stack pointer: next free slot */
    struct Frame *back;     /* caller (set each time the frame is entered) */
    const Code *code;
    value_t globals;        /* Dict */
    value_t func;           /* Function, or VALUE_NULL for module bodies */
    value_t locals_dict;    /* class body / module namespace for *_NAME ops, or VALUE_NULL */
    value_t handled_exc;    /* suspended generator: the exception its except clause handles */
    uint16_t nblocks;       /* blocks in use */
    uint16_t maxblocks;     /* capacity of the block stack */
    uint8_t flags;          /* FRAME_* */
    value_t locals[];       /* code->nlocals slots, then the stack, then the blocks */
} Frame;

static inline value_t *frame_stack_base(Frame *f) { return f->locals + f->code->nlocals; }
static inline Block *frame_blocks(Frame *f)
{
    return (Block *)(f->locals + f->code->nlocals + f->code->stacksize + FRAME_STACK_SLACK);
}

/* frame.c: bytes needed for a frame of code c; allocation from the frame
 * stack (or the heap when full: MemoryError if that fails too); release of
 * the most recent frame (a heap frame is simply dropped). */
size_t frame_size(const Code *c);
Frame *frame_alloc(const Code *c);
void frame_free(Frame *f);
/* Initialise a frame to run code with these globals from the start: locals
 * unbound, free variables from the closure of func (may be VALUE_NULL). */
void frame_init(Frame *f, const Code *c, value_t func, value_t globals, value_t locals_dict);
/* Frame for a Function in the GC heap (IRQ slots keep one prepared). */
Frame *frame_new_heap(value_t func);
/* Rewind a finished or suspended frame to its first instruction, stack and
 * blocks empty, locals other than parameters and free variables unbound
 * (IRQ slots reuse one frame per interrupt: rewind, store the argument in
 * locals[0], vm_run_frame). */
void frame_rewind(Frame *f);
void frame_stack_init(void);

typedef struct VMState {
    value_t exc;            /* current exception (err.h), VALUE_NULL if none */
    Frame *frame;           /* running frame */
    value_t globals;        /* globals of the running frame */
    value_t builtins;       /* Dict of the builtins module */
    value_t modules;        /* sys.modules Dict */
    value_t handled_exc;    /* innermost exception being handled (bare raise, __context__) */
    volatile uint8_t pending; /* non-zero: a soft IRQ, a Ctrl-C or a scheduled call waits */
    volatile uint8_t interrupt; /* Ctrl-C seen: raise KeyboardInterrupt at the next safe point */
    uint8_t hard_irq;       /* hard IRQ handlers running: safe points leave pending work alone */
    uint8_t abort;          /* unwind to the outermost caller, skipping every handler (step limits) */
    uint32_t depth;         /* Python call depth (frames), for RecursionError */
    uint32_t max_depth;
} VMState;

extern VMState vm_state;

/* Hard IRQ handlers may store into a list, set, bytearray or array but
 * not add or remove items: the program they interrupted may be in the
 * middle of changing the same one, reading its length or moving its
 * items. (Dicts let handlers add and remove keys unless the program is
 * changing the dict: dict.c.) False, with RuntimeError, in a handler. */
bool vm_refuse_resize(const char *type_name);
#define vm_may_resize(type_name) (!vm_state.hard_irq || vm_refuse_resize(type_name))

/* Keeps the compiler from moving memory accesses across it, so that an
 * interrupt handler on this core sees the stores before it done before
 * those after it (a list's item before its new length). No instruction. */
#define IRQ_ORDER() __asm__ volatile("" ::: "memory")

bool vm_init(void);
/* Run a module body (code compiled with CODE_MODULE) with the given globals. */
value_t vm_run_module(value_t code, value_t globals);
/* Call a Python function (the function type's call slot). */
value_t vm_call_function(value_t func, int argc, const value_t *args, value_t kwnames);
/* The same with `self` prepended to the positional arguments (bound methods). */
value_t vm_call_method(value_t func, value_t self, int argc, const value_t *args, value_t kwnames);
/* Run a class body function with a namespace dict for LOAD_NAME/STORE_NAME;
 * returns what the body returns (the __class__ cell or None). */
value_t vm_run_with_locals(value_t func, value_t locals_dict);

/* Enter a frame at its saved ip/sp and run it until it returns (f->ip is
 * then NULL) or yields (f->ip is where to resume). Returns the returned or
 * yielded value, or VALUE_NULL with the exception set (f->ip NULL).
 * vm_resume_frame first pushes `sent` on the frame's stack (the value of the
 * pending `yield` expression); vm_throw_frame raises the current exception
 * (vm_state.exc) at the frame's ip instead.
 *
 * Cost of vm_resume_frame up to the jump into the first instruction's
 * handler, counted in the arm-none-eabi-gcc -Os object: about 54 Thumb-2
 * instructions: storing `sent` (7), the loop's prologue (3, one of them a
 * 9-register push), C-stack check (4), depth check (6), linking the frame
 * and storing globals (6), the suspended-except check (2), loading
 * code/ip/sp/locals/consts (11), the throw test (2), first dispatch (7),
 * plus a few spills. The yield back (YIELD_VALUE to the return) is about 20. */
value_t vm_run_frame(Frame *f);
value_t vm_resume_frame(Frame *f, value_t sent);
value_t vm_throw_frame(Frame *f);

/* super() without arguments: the running frame's first argument and the
 * class from its __class__ free variable. RuntimeError if unavailable. */
bool vm_super_args(value_t *cls, value_t *self);

/* Soft-IRQ and Ctrl-C hook: set by the IRQ layer, run at safe points
 * (backward jumps, calls, returns) when vm_state.pending is set. The VM
 * clears `pending` before calling it, so the hook must handle everything
 * queued. Returns false if it raised. */
extern bool (*vm_pending_hook)(void);

/* Waits us microseconds while running soft IRQs, scheduled calls and
 * Ctrl-C at least every millisecond (time.sleep*, pyb.delay). False if
 * one of them raised. Waits past 71 minutes wrap the 32-bit tick: callers
 * split them. */
bool vm_sleep_us(uint64_t us);

/* Functions the other parts of the core call (func.c, gen.c). */
/* Bind arguments to the parameter slots of fn's code in `locals` (TypeError
 * with CPython's messages); self, when not VALUE_NULL, comes first. */
bool func_bind_args(const Function *fn, value_t *locals, value_t self, int argc,
                    const value_t *args, value_t kwnames);
/* Calling a generator function: a new Generator with its bound frame. */
value_t gen_new(value_t func, value_t self, int argc, const value_t *args, value_t kwnames);

#endif
