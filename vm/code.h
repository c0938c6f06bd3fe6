/*
 * code.h — a compiled code object: the contract between the compiler
 * (compile.c, emit_bc.c) and the VM (vm.c).
 *
 * Local slots: [0, nargs_total) are the parameters in order (positional,
 * then keyword-only, then *args, then **kwargs), followed by the other
 * locals, then the free variables copied in from the closure at call time
 * (nfree of them, last). A captured variable's slot holds a Cell; the
 * compiler emits MAKE_CELL at entry for each captured parameter/local.
 * varnames names every slot (parameters first, free variables last).
 *
 * How the compiler lays out the constructs the VM must cooperate with
 * (changed: this whole section was added by the compiler helper):
 *
 * Closures. A function's free variables are the last nfree slots; the VM
 * copies closure[i] (a Cell) into slot nlocals - nfree + i at call time.
 * MAKE_FUNCTION's closure tuple is built with LOAD_FAST of the parent's
 * cell/free slots, which pushes the Cell objects themselves.
 *
 * Exceptions. SETUP_EXCEPT h pushes a block; when an exception reaches it
 * the VM pops the block, cuts the stack back to the block's depth, pushes
 * `prev` (the exception handled before, VALUE_NULL if none) and the
 * exception, makes it the handled exception and jumps to h. So every
 * handler starts with [.. prev exc]. POP_EXCEPT [prev -- ] makes prev the
 * handled exception again. The compiler guarantees every way out of a
 * handler passes through POP_EXCEPT: a handler body is itself guarded by a
 * "cleanup" SETUP_EXCEPT whose code is
 *     [prev exc prev' exc'] ROT_FOUR POP_TOP POP_TOP POP_EXCEPT RERAISE
 * (prev' == exc), and return/break/continue pop the block and do
 * POP_TOP POP_EXCEPT themselves. The VM needs no other bookkeeping.
 *
 *   try: B  except T as n: H  else: E
 *       SETUP_EXCEPT L1; B; POP_BLOCK; E; JUMP END
 *   L1: [prev exc] SETUP_EXCEPT CLEANUP
 *       <T> CHECK_EXC_MATCH 1 POP_JUMP_IF_FALSE L2    (omitted for bare except;
 *       `except (A, B)`: <A> <B> CHECK_EXC_MATCH 2)
 *       DUP_TOP STORE n; H; POP_BLOCK POP_TOP POP_EXCEPT
 *       n = None; del n; JUMP END
 *   L2: ...next clause...; no clause matched:
 *       POP_BLOCK ROT_TWO POP_EXCEPT RERAISE
 *
 *   try: B  finally: F      (F is compiled once per way out)
 *       SETUP_EXCEPT L1; B; POP_BLOCK; F; JUMP END
 *   L1: [prev exc] SETUP_EXCEPT CLEANUP; F; POP_BLOCK ROT_TWO POP_EXCEPT RERAISE
 *   return/break/continue inside B: POP_BLOCK, F inline, then go on.
 *
 *   with C as x: B
 *       <C> SETUP_WITH L1 -> [exit res]; STORE x (or POP_TOP); B
 *       POP_BLOCK WITH_EXIT; JUMP END
 *   L1: [exit prev exc] SETUP_EXCEPT CLEANUP; WITH_EXCEPT
 *       POP_JUMP_IF_TRUE L2; POP_BLOCK ROT_TWO POP_EXCEPT RERAISE
 *   L2: POP_BLOCK POP_TOP POP_EXCEPT POP_TOP; JUMP END
 *   return inside B: [exit value] POP_BLOCK ROT_TWO WITH_EXIT.
 *
 * RERAISE must not add another traceback entry for the current frame.
 *
 * Loops. `for`: <iter> GET_LOOP_ITER; TOP: FOR_LOOP END; <target>; body;
 * JUMP TOP (backward: the VM's safe point); END: else-body. The loop
 * state is three stack slots, so that a loop over a list, tuple, bytes,
 * bytearray or range needs no iterator object (hard IRQ handlers cannot
 * allocate one); `for x in range(...)` compiles to <range> <args>
 * GET_RANGE_LOOP n, which does not even create the range. break pops the
 * three (POP_TOP x3) and jumps past the else-body; return keeps its value
 * on top (ROT_FOUR first).
 *
 * Comprehensions and generator expressions are functions of one parameter
 * (slot 0, named ".0") that receives the iterator of the outermost
 * iterable: MAKE_FUNCTION; <iterable> GET_ITER; CALL_FUNCTION 1. Inside:
 * BUILD_LIST 0; LOAD_FAST 0; FOR_ITER ...; LIST_APPEND 2 (deeper for nested
 * fors); RETURN_VALUE. Generator expressions have CODE_GENERATOR and yield.
 *
 * Class bodies. `class C(B, k=v): ...` compiles to LOAD_BUILD_CLASS;
 * MAKE_FUNCTION <body code>; LOAD_CONST "C"; <B>; then an ordinary call,
 * i.e. __build_class__(body_func, name, *bases, **keywords). The body
 * code has CODE_CLASS, no parameters, and uses *_NAME ops on the namespace
 * dict (vm_run_with_locals), LOAD_GLOBAL for names declared global and
 * *_DEREF for free variables of enclosing functions. It starts with
 * `__module__ = __name__` and `__qualname__ = "<qualname>"` (and
 * `__doc__`). When a method uses `super` or `__class__`, the body code has
 * a cell slot named "__class__" (MAKE_CELL at entry) that methods capture,
 * and the body ends with LOAD_FAST <that slot>; RETURN_VALUE, i.e. it
 * returns the Cell; otherwise it returns None. vm_run_with_locals must hand
 * that return value back so __build_class__ can store the new class in
 * cell->value. Zero-argument super() finds the class in the calling
 * function's free variable named "__class__" (a Cell among the last nfree
 * slots) and self in slot 0 (itself a Cell if an inner function captures
 * it: then use its value).
 *
 * Generators: CODE_GENERATOR is set when the body contains yield (also
 * `yield from`: <x> GET_YIELD_FROM_ITER LOAD_NONE YIELD_FROM). The first
 * resume runs from offset 0 (the MAKE_CELLs).
 *
 * Modules: CODE_MODULE code (also COMPILE_EVAL code) uses LOAD_GLOBAL /
 * STORE_GLOBAL / DELETE_GLOBAL for top-level names and has no local slots.
 */
#ifndef IRQPY_CODE_H
#define IRQPY_CODE_H

#include "object.h"

enum {
    CODE_VARARGS = 1 << 0,   /* has *args */
    CODE_VARKW = 1 << 1,     /* has **kwargs */
    CODE_GENERATOR = 1 << 2, /* calling creates a generator */
    CODE_MODULE = 1 << 3,    /* module body: names are globals */
    CODE_CLASS = 1 << 4,     /* class body: LOAD_NAME/STORE_NAME in a locals dict */
    CODE_NATIVE = 1 << 5,    /* @micropython.native (runs as bytecode for now) */
    CODE_VIPER = 1 << 6,     /* @micropython.viper (runs as bytecode for now) */
};

/* Inline cache entry for LOAD_GLOBAL / LOAD_ATTR / STORE_ATTR / LOAD_METHOD. */
typedef struct InlineCache {
    value_t name;        /* interned str, set by the compiler */
    const void *key;     /* type (attrs) or globals dict (globals); NULL: empty */
    uint32_t version;    /* dict/type version the entry is valid for */
    uint32_t version2;   /* builtins dict version (LOAD_GLOBAL) */
    value_t value;       /* cached attribute / function / global */
    uint32_t hint;       /* instance-dict entry index to try first (a wrong one costs a search) */
} InlineCache;

typedef struct Code {
    Object base;          /* &type_code */
    const uint8_t *bytecode;
    uint32_t size;
    uint16_t nargs;       /* positional parameters (incl. positional-only) */
    uint16_t nkwonly;     /* keyword-only parameters */
    uint16_t nlocals;     /* all slots: parameters, locals, free variables */
    uint16_t nfree;       /* free variables (the last nfree slots) */
    uint16_t stacksize;   /* maximum value-stack depth */
    uint16_t nblocks;     /* maximum nesting of SETUP_* blocks */
    uint16_t ncaches;
    uint16_t flags;       /* CODE_* */
    uint16_t nposonly;    /* changed: added. positional-only parameters (before '/'), the first ones of nargs */
    value_t consts;       /* tuple */
    value_t names;        /* tuple of interned str */
    value_t varnames;     /* tuple of interned str, one per local slot */
    value_t name;         /* function name (str) */
    value_t qualname;
    value_t filename;     /* str */
    value_t doc;          /* changed: added. docstring of a def (str), else None or VALUE_NULL */
    int firstline;
    const uint8_t *linetable; /* pairs (bytecode delta, line delta as int8), see code_line() */
    uint32_t linetable_len;
    InlineCache *caches;  /* ncaches entries, RAM */
} Code;

#define CODE(v) ((Code *)(v))

/* The line table (changed: described): a series of byte pairs
 * (pc_delta: uint8, line_delta: int8). Starting from pc = 0 and
 * line = firstline, each pair moves pc forward by pc_delta and then the
 * instructions from that pc on have line += line_delta. Large deltas are
 * split over several pairs. */

/* Source line of the instruction at offset `pc`. */
int code_line(const Code *c, uint32_t pc);
/* Prints a disassembly through the port's console (debugging, `-X dis`). */
void code_disassemble(const Code *c);

#endif
