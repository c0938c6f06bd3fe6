/*
 * emit.h — the emitter interface (ARCHITECTURE decision 5).
 *
 * The code generator (compile.c) never writes bytes itself: it describes
 * one code object at a time as a stream of instructions (opcodes.h) with
 * symbolic operands — a constant value, a name, a local slot, a label —
 * and line numbers, through the function table below. The bytecode
 * emitter (emit_bc.c) turns that stream into a Code object: it lays out
 * the bytes, patches jumps, builds the constant and name tables, the inline
 * caches and the line table, and tracks stack and block depth per
 * instruction to size the frame. Native emitters (Thumb-2, x86-64) for
 * @micropython.native / @micropython.viper functions will implement the
 * same table later and receive the same stream.
 *
 * Errors: an emitter that cannot continue sets `failed`; `error` then holds
 * the message of the SyntaxError to raise (e.g. "function too large"), or
 * is NULL when an exception (MemoryError) is already set. After a failure
 * every call is a cheap no-op and finish() returns VALUE_NULL.
 */
#ifndef IRQPY_EMIT_H
#define IRQPY_EMIT_H

#include "arena.h"
#include "code.h"
#include "opcodes.h"

typedef struct Emitter Emitter;
typedef uint32_t EmitLabel;

/* What the code generator knows about the code object it finishes. */
typedef struct EmitCodeInfo {
    value_t name, qualname, filename;
    value_t varnames;     /* tuple, one interned str per local slot */
    value_t doc;          /* docstring or None */
    int firstline;
    uint16_t nargs, nposonly, nkwonly, nlocals, nfree, flags;
} EmitCodeInfo;

typedef struct EmitterVT {
    /* An instruction whose operand (if any) is a plain number: a slot, a
     * count, an operator, flags. */
    void (*op)(Emitter *e, int op, int arg);
    /* LOAD_CONST of a value (the emitter owns the constant table). */
    void (*op_const)(Emitter *e, value_t v);
    /* An instruction whose operand is an interned name: the n and c ops. */
    void (*op_name)(Emitter *e, int op, value_t name);
    /* An instruction with a local slot and a cached name: CALL_LOCAL_METHOD. */
    void (*op_slot_name)(Emitter *e, int op, int slot, value_t name);
    /* A jump, FOR_ITER or SETUP_* to a label placed before or after. */
    void (*jump)(Emitter *e, int op, EmitLabel target);
    EmitLabel (*label_new)(Emitter *e);
    void (*label_place)(Emitter *e, EmitLabel l);
    /* Source line of the instructions that follow. */
    void (*line)(Emitter *e, int line);
    /* The finished Code, or VALUE_NULL (see `failed`). */
    value_t (*finish)(Emitter *e, const EmitCodeInfo *info);
} EmitterVT;

struct Emitter {
    const EmitterVT *vt;
    bool failed;
    bool dead;           /* the last instruction never falls through */
    const char *error;   /* SyntaxError message when failed, else NULL */
};

static inline void emit_op(Emitter *e, int op, int arg) { e->vt->op(e, op, arg); }
static inline void emit_const(Emitter *e, value_t v) { e->vt->op_const(e, v); }
static inline void emit_name(Emitter *e, int op, value_t name) { e->vt->op_name(e, op, name); }
static inline void emit_slot_name(Emitter *e, int op, int slot, value_t name) { e->vt->op_slot_name(e, op, slot, name); }
static inline void emit_jump(Emitter *e, int op, EmitLabel l) { e->vt->jump(e, op, l); }
static inline EmitLabel emit_label_new(Emitter *e) { return e->vt->label_new(e); }
static inline void emit_label_place(Emitter *e, EmitLabel l) { e->vt->label_place(e, l); }
static inline void emit_line(Emitter *e, int line) { e->vt->line(e, line); }
static inline value_t emit_finish(Emitter *e, const EmitCodeInfo *info) { return e->vt->finish(e, info); }

/* The bytecode emitter (emit_bc.c). Its working memory comes from `arena`;
 * the objects it creates are appended to `keep` (a list the caller keeps
 * reachable) so the GC, which does not scan the arena, sees them. */
Emitter *emit_bc_new(Arena *arena, value_t keep);

#endif
