/*
 * vm.h — the bytecode interpreter and the per-context VM state.
 *
 * VMState holds everything a hard interrupt handler may disturb; the IRQ
 * dispatcher (irq/) saves and restores it around a handler (decision 8).
 */
#ifndef IRQPY_VM_H
#define IRQPY_VM_H

#include "func.h"

/* A block pushed by SETUP_EXCEPT / SETUP_WITH. */
typedef struct Block {
    uint32_t handler;    /* bytecode offset of the handler */
    uint32_t depth;      /* value-stack depth to unwind to */
} Block;

/* One contiguous activation record (decision 4): the fixed part, then the
 * local slots, then the value stack, then the block stack. Frames of plain
 * calls come from the frame stack (vm.c); generator frames live in the GC
 * heap inside their Generator. */
typedef struct Frame {
    struct Frame *back;     /* caller */
    const Code *code;
    value_t func;           /* Function, or VALUE_NULL for module/class bodies */
    value_t globals;        /* Dict */
    value_t locals_dict;    /* class body / module namespace for *_NAME ops, or VALUE_NULL */
    const uint8_t *ip;      /* saved instruction pointer (when not running) */
    value_t *sp;            /* saved stack pointer: next free slot */
    uint16_t nblocks;       /* blocks in use */
    uint8_t on_heap;        /* generator frame */
    value_t handled_exc;    /* exception currently handled by an except clause in this frame */
    value_t locals[];       /* code->nlocals slots, then stack, then Block[code->nblocks] */
} Frame;

typedef struct VMState {
    value_t exc;            /* current exception (err.h), VALUE_NULL if none */
    Frame *frame;           /* running frame */
    value_t globals;        /* globals of the running frame */
    value_t builtins;       /* Dict of the builtins module */
    value_t modules;        /* sys.modules Dict */
    value_t handled_exc;    /* innermost exception being handled (bare raise, __context__) */
    volatile uint8_t pending; /* non-zero: a soft IRQ, a Ctrl-C or a scheduled call waits */
    volatile uint8_t interrupt; /* Ctrl-C seen: raise KeyboardInterrupt at the next safe point */
    uint16_t depth;         /* Python call depth, for RecursionError */
    uint16_t max_depth;
} VMState;

extern VMState vm_state;

bool vm_init(void);
/* Run a module body (code compiled with CODE_MODULE) with the given globals. */
value_t vm_run_module(value_t code, value_t globals);
/* Call a Python function (the function type's call slot). */
value_t vm_call_function(value_t func, int argc, const value_t *args, value_t kwnames);
/* Run a code object with a namespace dict (class bodies); returns None. */
value_t vm_run_with_locals(value_t func, value_t locals_dict);

/* Soft-IRQ and Ctrl-C hook: set by the IRQ layer, run at safe points.
 * Returns false if it raised. */
extern bool (*vm_pending_hook)(void);

#endif
