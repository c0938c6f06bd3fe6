/*
 * opcodes.h — the bytecode instruction set, one X-macro table.
 *
 * Encoding: one opcode byte, then its operands, each a 16-bit little-endian
 * unsigned value (NARGS of them: 0, 1 or 2). Jump targets are absolute byte
 * offsets in the code. "k" is a constant index, "n" a name index (interned
 * str in code->names), "c" an inline-cache index (code->caches), "i" a
 * local slot index. Stack effects are written [before -- after].
 *
 * OP(name, nargs, meaning) — the enum names are BC_<name>.
 *
 * changed: the exception-handling ops were refined (SETUP_EXCEPT,
 * SETUP_WITH, WITH_EXCEPT, POP_EXCEPT, RERAISE), LOAD_FAST on cell slots,
 * the depth operand of LIST_APPEND/MAP_ADD/..., and opcode_stack_effect()
 * was added. How the compiler lays out try/except/finally/with, loops,
 * comprehensions and class bodies with these ops is described in code.h.
 */
#ifndef IRQPY_OPCODES_H
#define IRQPY_OPCODES_H

#define OPCODE_LIST(OP) \
    OP(NOP, 0, "[ -- ]") \
    OP(POP_TOP, 0, "[x -- ]") \
    OP(DUP_TOP, 0, "[x -- x x]") \
    OP(DUP_TOP_TWO, 0, "[a b -- a b a b]") \
    OP(ROT_TWO, 0, "[a b -- b a]") \
    OP(ROT_THREE, 0, "[a b c -- c a b]") \
    OP(ROT_FOUR, 0, "[a b c d -- d a b c]") \
    OP(LOAD_CONST, 1, "k: [ -- consts[k]]") \
    OP(LOAD_NONE, 0, "[ -- None]") \
    OP(LOAD_TRUE, 0, "[ -- True]") \
    OP(LOAD_FALSE, 0, "[ -- False]") \
    OP(LOAD_SMALL_INT, 1, "v: [ -- int((int16_t)v)]") \
    OP(LOAD_FAST, 1, "i: [ -- locals[i]] UnboundLocalError if unbound; on a cell slot it pushes the Cell itself (closure tuples, __class__)") /* changed */ \
    OP(STORE_FAST, 1, "i: [x -- ] locals[i] = x") \
    OP(DELETE_FAST, 1, "i: locals[i] = unbound (UnboundLocalError if already)") \
    OP(LOAD_DEREF, 1, "i: [ -- locals[i].cell_contents] NameError/UnboundLocalError if empty") \
    OP(STORE_DEREF, 1, "i: [x -- ] locals[i].cell_contents = x") \
    OP(DELETE_DEREF, 1, "i: empty the cell") \
    OP(MAKE_CELL, 1, "i: locals[i] = Cell(locals[i], or empty when unbound) (code entry, for captured args/locals and __class__)") /* changed */ \
    OP(LOAD_NAME, 1, "n: [ -- v] locals dict, then globals, then builtins (class bodies)") \
    OP(STORE_NAME, 1, "n: [x -- ] locals dict[n] = x") \
    OP(DELETE_NAME, 1, "n: del locals dict[n]") \
    OP(LOAD_GLOBAL, 1, "c: [ -- v] globals then builtins, cached on dict versions") \
    OP(STORE_GLOBAL, 1, "n: [x -- ]") \
    OP(DELETE_GLOBAL, 1, "n:") \
    OP(LOAD_ATTR, 1, "c: [obj -- obj.name] cached on type version") \
    OP(STORE_ATTR, 1, "c: [v obj -- ] obj.name = v") \
    OP(DELETE_ATTR, 1, "n: [obj -- ]") \
    OP(LOAD_METHOD, 1, "c: [obj -- f self] or [obj -- attr NULL]; NULL is VALUE_NULL on the stack") \
    OP(LOAD_SUBSCR, 0, "[obj key -- obj[key]]") \
    OP(STORE_SUBSCR, 0, "[v obj key -- ]") \
    OP(DELETE_SUBSCR, 0, "[obj key -- ]") \
    OP(BUILD_SLICE, 1, "n (2 or 3): [start stop (step) -- slice]") \
    OP(BINARY_OP, 1, "op (OP_*, maybe |OP_INPLACE): [a b -- a op b]") \
    OP(UNARY_OP, 1, "uop: [a -- uop a]") \
    OP(UNARY_NOT, 0, "[a -- not a]") \
    OP(COMPARE_OP, 1, "cmp (CMP_*): [a b -- a cmp b]") \
    OP(IS_OP, 1, "invert: [a b -- a is b] (is not when invert)") \
    OP(CONTAINS_OP, 1, "invert: [a b -- a in b] (not in when invert)") \
    OP(JUMP, 1, "target: ip = target (backward jumps are safe points: soft IRQs, Ctrl-C)") \
    OP(POP_JUMP_IF_FALSE, 1, "target: [x -- ] jump if not x") \
    OP(POP_JUMP_IF_TRUE, 1, "target: [x -- ] jump if x") \
    OP(JUMP_IF_FALSE_OR_POP, 1, "target: [x -- x] jump if not x, else [x -- ]") \
    OP(JUMP_IF_TRUE_OR_POP, 1, "target: [x -- x] jump if x, else [x -- ]") \
    OP(GET_ITER, 0, "[x -- iter(x)]") \
    OP(FOR_ITER, 1, "target: [it -- it next] or at the end [it -- ] and jump (comprehensions)") \
    OP(GET_LOOP_ITER, 0, "[x -- obj i n] a for statement's loop state, three slots: a list, tuple, bytes or bytearray with index 0 and NULL; a range as step, start, stop (small ints); else iter(x) NULL NULL") \
    OP(GET_RANGE_LOOP, 1, "n (1-3): [f a1..an -- obj i n] `for x in range(...)`: when f is the built-in range and the arguments small ints, the counting state without a range object; else GET_LOOP_ITER of f(a1..an)") \
    OP(FOR_LOOP, 1, "target: [obj i n -- obj i' n next] or at the end [obj i n -- ] and jump") \
    OP(SETUP_EXCEPT, 1, "handler: push block {handler, depth}; on exception: pop the block, unwind the stack to depth, push prev then exc (prev: the handled exception before, VALUE_NULL if none), handled = exc, jump to handler") /* changed */ \
    OP(POP_BLOCK, 0, "pop the innermost block") \
    OP(POP_EXCEPT, 0, "[prev -- ] leave an except clause or finally handler: handled = prev") /* changed */ \
    OP(CHECK_EXC_MATCH, 1, "n: [exc t1..tn -- exc bool] isinstance for except clauses, any of the n (each may be a tuple); `except (A, B)` pushes A and B, no tuple is built (hard IRQ handlers)") \
    OP(RERAISE, 0, "[exc -- ] raise exc again, keeping its traceback (adds no new entry for this frame)") /* changed */ \
    OP(RAISE, 1, "n: 0 re-raise the handled exception, 1 [exc -- ], 2 [exc cause -- ]") \
    OP(SETUP_WITH, 1, "handler: [cm -- exit enter_result] push block with depth counting exit (exit: bound __exit__); handler entered like SETUP_EXCEPT's with [exit prev exc]") /* changed */ \
    OP(WITH_EXCEPT, 0, "[exit prev exc -- exit prev exc bool] call exit(type(exc), exc, None): bool = truth of the result (true: suppress)") /* changed */ \
    OP(WITH_EXIT, 0, "[exit -- ] normal exit: call exit(None, None, None)") \
    OP(RETURN_VALUE, 0, "[x -- ] return x (a class body returns its __class__ Cell or None, see code.h)") /* changed */ \
    OP(YIELD_VALUE, 0, "[x -- sent] suspend the generator yielding x; resumes with the sent value") \
    OP(GET_YIELD_FROM_ITER, 0, "[x -- iter(x)] generators/coroutines kept as is") \
    OP(YIELD_FROM, 0, "[it sent -- result] delegate to it until StopIteration; result is its value") \
    OP(CALL_FUNCTION, 1, "argc: [f a1..an -- f(a1..an)]") \
    OP(CALL_FUNCTION_KW, 1, "argc (incl. keywords): [f a1..an kwnames -- result] kwnames: tuple const") \
    OP(CALL_FUNCTION_EX, 1, "flags (1: kwargs dict present): [f args_tuple (kwargs_dict) -- result] (always a tuple and a dict)") /* changed */ \
    OP(CALL_METHOD, 1, "argc: [f self_or_NULL a1..an -- result] (self prepended when not NULL)") \
    OP(CALL_METHOD_KW, 1, "argc: [f self_or_NULL a1..an kwnames -- result]") \
    OP(CALL_LOCAL_METHOD, 2, "i c: [ -- locals[i].name()] LOAD_FAST i, LOAD_METHOD c, CALL_METHOD 0 in one (t.counter(), self.update())") \
    OP(MAKE_FUNCTION, 1, "flags (1 defaults tuple, 2 kwdefaults dict, 4 closure tuple): [(defaults) (kwdefaults) (closure) code -- function]") \
    OP(BUILD_TUPLE, 1, "n: [a1..an -- tuple]") \
    OP(BUILD_LIST, 1, "n: [a1..an -- list]") \
    OP(BUILD_SET, 1, "n: [a1..an -- set]") \
    OP(BUILD_MAP, 1, "n: [k1 v1..kn vn -- dict]") \
    OP(LIST_APPEND, 1, "d: [list ..d-1 items.. x -- list ..d-1 items..] pop x, append it to the list now d-th from the top (1 = top)") /* changed */ \
    OP(SET_ADD, 1, "d: as LIST_APPEND for sets") \
    OP(MAP_ADD, 1, "d: [dict .. k v -- dict ..] pop v then k, dict[k] = v; the dict is then d-th from the top") /* changed */ \
    OP(LIST_EXTEND, 1, "d: [list .. iterable -- list ..] the list is d-th from the top after the pop") /* changed */ \
    OP(SET_UPDATE, 1, "d: [set .. iterable -- set ..]") \
    OP(DICT_UPDATE, 1, "d: [dict .. mapping -- dict ..] for {**m}") \
    OP(DICT_MERGE, 1, "d: as DICT_UPDATE but TypeError on repeated keys or non-str keys (call **kwargs)") /* changed */ \
    OP(LIST_TO_TUPLE, 0, "[list -- tuple]") \
    OP(UNPACK_SEQUENCE, 1, "n: [seq -- xn..x1] (x1 on top) ValueError on wrong length") \
    OP(UNPACK_EX, 1, "before | after << 8: [seq -- after.. list before..] for a, *b, c") \
    OP(FORMAT_VALUE, 1, "flags: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a spec is on the stack: [v (spec) -- str]") \
    OP(BUILD_STRING, 1, "n: [s1..sn -- s1+..+sn]") \
    OP(IMPORT_NAME, 1, "n: [level fromlist -- module] level: small int; fromlist: None or tuple of str; with None the top package of a dotted name") /* changed */ \
    OP(IMPORT_FROM, 1, "n: [module -- module module.n] ImportError if missing") \
    OP(IMPORT_STAR, 0, "[module -- ] copy public names into the current namespace") \
    OP(LOAD_BUILD_CLASS, 0, "[ -- __build_class__]") \
    OP(PRINT_EXPR, 0, "[x -- ] REPL: print repr(x) unless None") \
    OP(LOAD_ASSERTION_ERROR, 0, "[ -- AssertionError]")

typedef enum {
#define OPCODE_ENUM(name, nargs, doc) BC_##name,
    OPCODE_LIST(OPCODE_ENUM)
#undef OPCODE_ENUM
    OPCODE_COUNT
} Opcode;

extern const char *const opcode_names[OPCODE_COUNT];
extern const unsigned char opcode_nargs[OPCODE_COUNT];

/* changed: added. Net stack effect of `op` with operand `arg` on the path
 * that falls through (jump == 0) or on the jump/handler path (jump == 1).
 * For SETUP_EXCEPT/SETUP_WITH the handler path counts the values the VM
 * pushes ([prev exc]). Defined in code.c next to the tables. */
int opcode_stack_effect(int op, int arg, int jump);

#endif
