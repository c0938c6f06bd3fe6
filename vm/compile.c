/*
 * compile.c — the code generator: AST (ast.h) plus scopes (scope.h) to Code
 * objects, through the emitter interface (emit.h).
 *
 * compile_source() parses into an arena, runs the scope analysis, then
 * walks the tree once. Each module, function, lambda, class body and
 * comprehension is a Unit with its own emitter; nested ones are compiled
 * when their definition is reached and become constants of the enclosing
 * code. How the constructs are laid out in bytecode (exception handlers,
 * with, loops, comprehensions, class bodies) is the contract with the VM
 * and is described in code.h.
 *
 * Statements that leave a block early (return, break, continue) run the
 * cleanup of every enclosing block they cross — POP_BLOCK, the iterator,
 * the handled exception, __exit__, and finally bodies, which are compiled
 * again at each such exit. The blocks being compiled form a linked list of
 * FBlocks that live in the C frames of the functions compiling them.
 *
 * Errors: the first SyntaxError is recorded (ParseError) and compilation
 * winds down quickly; a Python exception (MemoryError) is flagged the same
 * way. Nothing is thrown.
 */
#include "compile.h"

#include <string.h>

#include "bytes.h"
#include "code.h"
#include "emit.h"
#include "err.h"
#include "lexer.h"
#include "list.h"
#include "num.h"
#include "parse.h"
#include "scope.h"
#include "str.h"

/* Items pushed before a BUILD_* of a display; longer displays append. */
#define DISPLAY_CHUNK 64

typedef enum FBlockKind {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_HANDLER, FB_WITH
} FBlockKind;

/* A block being compiled that early exits must clean up. */
typedef struct FBlock {
    uint8_t kind;
    EmitLabel top, exit;          /* loops: continue and break targets */
    const AstStmtList *final;     /* FB_FINALLY_TRY: the finally body */
    const char *name;             /* FB_HANDLER: the `as` name, or NULL */
    struct FBlock *prev;
} FBlock;

/* One code object being compiled. */
typedef struct Unit {
    Scope *scope;
    Emitter *e;
    struct Unit *parent;
    FBlock *fblock;               /* innermost */
    value_t qualname;
    int firstline;
    int line;                     /* line of the instructions being emitted */
} Unit;

typedef struct Compiler {
    Arena *arena;
    ParseError err;               /* first SyntaxError; PARSE_NO_MEMORY: exception set */
    value_t keep;                 /* list: every object made while compiling */
    value_t filename;
    bool interactive;             /* COMPILE_SINGLE: print expression statements */
    Unit *u;
} Compiler;

static void compile_expr(Compiler *c, AstExpr *e);
static void compile_stmts(Compiler *c, const AstStmtList *l);
static void compile_store(Compiler *c, AstExpr *target);

/* ---- errors and small helpers -------------------------------------------- */

static bool failed(const Compiler *c)
{
    return c->err.kind != PARSE_OK || (c->u && c->u->e->failed);
}

static void error_at(Compiler *c, int line, int col, const char *fmt, const char *arg)
{
    lexer_error(&c->err, PARSE_SYNTAX_ERROR, line, col, fmt, arg);
}

/* A Python call failed (the exception is set). */
static void exception_set(Compiler *c)
{
    if (c->err.kind == PARSE_OK)
        c->err.kind = PARSE_NO_MEMORY;
}

/* Keeps v alive for the rest of the compilation; v may be VALUE_NULL. */
static value_t keep(Compiler *c, value_t v)
{
    if (!v || !list_append(c->keep, v)) {
        exception_set(c);
        return VALUE_NULL;
    }
    return v;
}

static value_t intern(Compiler *c, const char *s)
{
    value_t v = str_intern_cstr(s);
    if (!v)
        exception_set(c);
    return v;
}

static Emitter *E(Compiler *c) { return c->u->e; }

static void op(Compiler *c, int opcode, int arg) { emit_op(E(c), opcode, arg); }

static void op_const(Compiler *c, value_t v)
{
    if (v)
        emit_const(E(c), v);
    else
        exception_set(c);
}

static void op_name(Compiler *c, int opcode, const char *name)
{
    value_t n = intern(c, name);
    if (n)
        emit_name(E(c), opcode, n);
}

static void set_line(Compiler *c, int line)
{
    c->u->line = line;
    emit_line(c->u->e, line);
}

static EmitLabel label(Compiler *c) { return emit_label_new(E(c)); }
static void place(Compiler *c, EmitLabel l) { emit_label_place(E(c), l); }
static void jump(Compiler *c, int opcode, EmitLabel l) { emit_jump(E(c), opcode, l); }

static void push_fblock(Compiler *c, FBlock *fb, FBlockKind kind)
{
    fb->kind = (uint8_t)kind;
    fb->prev = c->u->fblock;
    c->u->fblock = fb;
}

static void pop_fblock(Compiler *c) { c->u->fblock = c->u->fblock->prev; }

static bool is_function_scope(const Scope *s)
{
    return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMP;
}

/* ---- names ---------------------------------------------------------------- */

enum { ACCESS_LOAD, ACCESS_STORE, ACCESS_DEL };

static const uint8_t fast_ops[3] = { BC_LOAD_FAST, BC_STORE_FAST, BC_DELETE_FAST };
static const uint8_t deref_ops[3] = { BC_LOAD_DEREF, BC_STORE_DEREF, BC_DELETE_DEREF };
static const uint8_t global_ops[3] = { BC_LOAD_GLOBAL, BC_STORE_GLOBAL, BC_DELETE_GLOBAL };
static const uint8_t name_ops[3] = { BC_LOAD_NAME, BC_STORE_NAME, BC_DELETE_NAME };

/* Load, store or delete a variable according to its scope. */
static void compile_name(Compiler *c, const char *name, int access)
{
    const Scope *s = c->u->scope;
    const Symbol *sym = scope_lookup(s, name);
    int kind = sym ? sym->kind : s->kind == SCOPE_MODULE ? SYM_GLOBAL_EXPLICIT : SYM_GLOBAL_IMPLICIT;
    switch (kind) {
    case SYM_LOCAL:
        if (s->kind == SCOPE_CLASS)
            op_name(c, name_ops[access], name);
        else
            op(c, fast_ops[access], sym->slot);
        break;
    case SYM_CELL: case SYM_FREE:
        op(c, deref_ops[access], sym->slot);
        break;
    case SYM_GLOBAL_IMPLICIT:
        op_name(c, (s->kind == SCOPE_CLASS ? name_ops : global_ops)[access], name);
        break;
    default:
        op_name(c, global_ops[access], name);
        break;
    }
}

/* The slot of e when it names a plain local of a function (not a cell),
 * else -1. */
static int fast_slot(Compiler *c, const AstExpr *e)
{
    const Scope *s = c->u->scope;
    if (e->kind != EXPR_NAME || s->kind == SCOPE_CLASS || s->kind == SCOPE_MODULE)
        return -1;
    const Symbol *sym = scope_lookup(s, e->v.name.id.data);
    return sym && sym->kind == SYM_LOCAL ? sym->slot : -1;
}

/* ---- constants ------------------------------------------------------------- */

static bool is_identifier(const char *s, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        char ch = s[i];
        bool alpha = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
        if (!alpha && !(i > 0 && ch >= '0' && ch <= '9'))
            return false;
    }
    return n > 0;
}

static value_t make_str(Compiler *c, const AstStr *s)
{
    value_t v = is_identifier(s->data, s->len) ? str_intern(s->data, s->len)
                                                : str_new(s->data, s->len);
    if (!v)
        exception_set(c);
    return v;
}

static void compile_int(Compiler *c, const AstInt *n, bool negate)
{
    if (!n->is_big) {
        int64_t v = negate ? -n->value : n->value;
        if (v >= -32768 && v <= 32767)
            op(c, BC_LOAD_SMALL_INT, (int)v);
        else
            op_const(c, int_from_i64(v));
        return;
    }
    value_t v = int_from_string(n->digits.data, n->digits.len, n->base);
    if (v && negate)
        v = obj_unary(v, UOP_NEG);
    op_const(c, v);
}

static void compile_constant(Compiler *c, AstConstKind k)
{
    switch (k) {
    case AST_CONST_NONE: op(c, BC_LOAD_NONE, 0); break;
    case AST_CONST_TRUE: op(c, BC_LOAD_TRUE, 0); break;
    case AST_CONST_FALSE: op(c, BC_LOAD_FALSE, 0); break;
    default: op_const(c, VALUE_ELLIPSIS); break;
    }
}

/* A tuple of interned names (keyword names of a call, import lists). */
static value_t name_tuple(Compiler *c, uint32_t n, const char *(*get)(const void *, uint32_t),
                          const void *src)
{
    value_t t = keep(c, tuple_new(n));
    for (uint32_t i = 0; t && i < n; i++) {
        TUPLE(t)->items[i] = intern(c, get(src, i));
        if (!TUPLE(t)->items[i])
            return VALUE_NULL;
    }
    return t;
}

/* ---- units ----------------------------------------------------------------- */

static value_t make_qualname(Compiler *c, const char *name)
{
    const Unit *p = c->u;
    if (!p || p->scope->kind == SCOPE_MODULE)
        return keep(c, str_from_cstr(name));
    StrBuf b;
    strbuf_init(&b, 32);
    strbuf_add(&b, str_data(p->qualname), str_len(p->qualname));
    strbuf_add_cstr(&b, p->scope->kind == SCOPE_CLASS ? "." : ".<locals>.");
    strbuf_add_cstr(&b, name);
    return keep(c, strbuf_finish(&b));
}

/* Makes u the current unit; false (and u not entered) on failure. Every
 * entered unit must be left with leave_unit(). */
static bool enter_unit(Compiler *c, Unit *u, Scope *s, int firstline)
{
    memset(u, 0, sizeof *u);
    u->scope = s;
    u->firstline = firstline;
    u->qualname = make_qualname(c, s->name);
    u->e = u->qualname ? emit_bc_new(c->arena, c->keep) : NULL;
    if (!u->e) {
        exception_set(c);
        return false;
    }
    u->parent = c->u;
    c->u = u;
    set_line(c, firstline);
    for (uint32_t i = 0; i < s->nlocals; i++)
        if ((int32_t)i == s->class_cell_slot || (s->slots[i] && s->slots[i]->kind == SYM_CELL))
            op(c, BC_MAKE_CELL, (int)i);
    return true;
}

static value_t make_varnames(Compiler *c, const Scope *s)
{
    value_t t = keep(c, tuple_new(s->nlocals));
    for (uint32_t i = 0; t && i < s->nlocals; i++) {
        TUPLE(t)->items[i] = intern(c, s->slots[i] ? s->slots[i]->name : "__class__");
        if (!TUPLE(t)->items[i])
            return VALUE_NULL;
    }
    return t;
}

/* Finishes the current unit and returns to its parent: the Code or NULL. */
static value_t leave_unit(Compiler *c, uint16_t flags, value_t doc)
{
    Unit *u = c->u;
    const Scope *s = u->scope;
    const AstArguments *a = s->args;
    EmitCodeInfo info = { 0 };
    info.name = intern(c, s->name);
    info.qualname = u->qualname;
    info.filename = c->filename;
    info.varnames = make_varnames(c, s);
    info.doc = doc;
    info.firstline = u->firstline;
    info.nargs = (uint16_t)(s->kind == SCOPE_COMP ? 1 : a ? a->args.len : 0);
    info.nposonly = (uint16_t)(a ? a->nposonly : 0);
    info.nkwonly = (uint16_t)(a ? a->kwonlyargs.len : 0);
    info.nlocals = (uint16_t)s->nlocals;
    info.nfree = (uint16_t)s->nfree;
    info.flags = (uint16_t)(flags | (s->generator ? CODE_GENERATOR : 0) |
                            (a && a->vararg ? CODE_VARARGS : 0) | (a && a->kwarg ? CODE_VARKW : 0));
    value_t code = VALUE_NULL;
    if (c->err.kind == PARSE_OK) {
        code = u->e->failed ? VALUE_NULL : emit_finish(u->e, &info);
        if (!code && u->e->error)
            error_at(c, u->firstline, 0, u->e->error, NULL);
        else
            code = keep(c, code);
    }
    c->u = u->parent;
    return code;
}

/* Pushes the closure tuple of child scope s (from the current unit's cells
 * and free variables); returns the MAKE_FUNCTION flag for it. */
static int compile_closure(Compiler *c, const Scope *s)
{
    if (!s->nfree)
        return 0;
    const Scope *p = c->u->scope;
    for (uint32_t i = s->nlocals - s->nfree; i < s->nlocals; i++) {
        const char *name = s->slots[i]->name;
        int32_t slot = -1;
        if (p->kind == SCOPE_CLASS && p->class_cell && strcmp(name, "__class__") == 0) {
            slot = p->class_cell_slot;
        } else {
            const Symbol *sym = scope_lookup(p, name);
            slot = sym ? sym->slot : -1;
        }
        if (slot < 0) {
            error_at(c, 0, 0, "internal error: no cell for '%s'", name);
            return 0;
        }
        op(c, BC_LOAD_FAST, slot);
    }
    op(c, BC_BUILD_TUPLE, (int)s->nfree);
    return 4;
}

/* MAKE_FUNCTION for a finished code object (defaults already pushed). */
static void make_function(Compiler *c, const Scope *s, value_t code, int flags)
{
    flags |= compile_closure(c, s);
    op_const(c, code);
    op(c, BC_MAKE_FUNCTION, flags);
}

/* ---- functions, lambdas, classes -------------------------------------------- */

static int compile_defaults(Compiler *c, const AstArguments *a)
{
    int flags = 0;
    if (a->defaults.len) {
        for (uint32_t i = 0; i < a->defaults.len; i++)
            compile_expr(c, a->defaults.items[i]);
        op(c, BC_BUILD_TUPLE, (int)a->defaults.len);
        flags |= 1;
    }
    int nkw = 0;
    for (uint32_t i = 0; i < a->kwonlyargs.len; i++) {
        if (!a->kw_defaults.items[i])
            continue;
        op_const(c, intern(c, a->kwonlyargs.items[i].name.data));
        compile_expr(c, a->kw_defaults.items[i]);
        nkw++;
    }
    if (nkw) {
        op(c, BC_BUILD_MAP, nkw);
        flags |= 2;
    }
    return flags;
}

/* CODE_NATIVE / CODE_VIPER for a decorator written `micropython.native` or
 * `micropython.viper`: the function still runs as bytecode and the decorator
 * is still called; the native emitters will take such functions over. */
static int native_flag(const AstExpr *d)
{
    if (d->kind != EXPR_ATTRIBUTE || d->v.attribute.value->kind != EXPR_NAME ||
        strcmp(d->v.attribute.value->v.name.id.data, "micropython") != 0)
        return 0;
    if (strcmp(d->v.attribute.attr.data, "native") == 0)
        return CODE_NATIVE;
    if (strcmp(d->v.attribute.attr.data, "viper") == 0)
        return CODE_VIPER;
    return 0;
}

static bool is_docstring(const AstStmtList *body)
{
    return body->len && body->items[0]->kind == STMT_EXPR &&
           body->items[0]->v.expr.value->kind == EXPR_STR;
}

static void return_none_if_reachable(Compiler *c)
{
    if (!E(c)->dead) {
        op(c, BC_LOAD_NONE, 0);
        op(c, BC_RETURN_VALUE, 0);
    }
}

static void compile_function_def(Compiler *c, AstStmt *st)
{
    const AstExprList *decos = &st->v.function_def.decorator_list;
    int code_flags = 0;
    for (uint32_t i = 0; i < decos->len; i++) {
        compile_expr(c, decos->items[i]);
        code_flags |= native_flag(decos->items[i]);
    }
    int flags = compile_defaults(c, st->v.function_def.args);
    Scope *s = scope_child(c->u->scope, st);
    if (!s || failed(c))
        return;
    Unit u;
    if (!enter_unit(c, &u, s, st->line))
        return;
    const AstStmtList *body = &st->v.function_def.body;
    value_t doc = is_docstring(body) ? keep(c, make_str(c, &body->items[0]->v.expr.value->v.str))
                                     : VALUE_NONE;
    compile_stmts(c, body);
    return_none_if_reachable(c);
    value_t code = leave_unit(c, (uint16_t)code_flags, doc);
    set_line(c, st->line);
    make_function(c, s, code, flags);
    for (uint32_t i = 0; i < decos->len; i++)
        op(c, BC_CALL_FUNCTION, 1);
    compile_name(c, st->v.function_def.name.data, ACCESS_STORE);
}

static void compile_lambda(Compiler *c, AstExpr *e)
{
    int flags = compile_defaults(c, e->v.lambda.args);
    Scope *s = scope_child(c->u->scope, e);
    if (!s || failed(c))
        return;
    Unit u;
    if (!enter_unit(c, &u, s, e->line))
        return;
    compile_expr(c, e->v.lambda.body);
    op(c, BC_RETURN_VALUE, 0);
    value_t code = leave_unit(c, 0, VALUE_NONE);
    make_function(c, s, code, flags);
}

static void compile_call_args(Compiler *c, int nprefix, const AstExprList *args,
                              const AstKeywordList *kws);

/* The body of a class: namespace setup, statements, and the __class__ cell
 * (or None) as return value for __build_class__ (code.h). */
static value_t compile_class_body(Compiler *c, AstStmt *st, Scope *s)
{
    Unit u;
    if (!enter_unit(c, &u, s, st->line))
        return VALUE_NULL;
    compile_name(c, "__name__", ACCESS_LOAD);
    compile_name(c, "__module__", ACCESS_STORE);
    op_const(c, u.qualname);
    compile_name(c, "__qualname__", ACCESS_STORE);
    const AstStmtList *body = &st->v.class_def.body;
    if (is_docstring(body)) {
        compile_expr(c, body->items[0]->v.expr.value);
        compile_name(c, "__doc__", ACCESS_STORE);
    }
    compile_stmts(c, body);
    if (s->class_cell)
        op(c, BC_LOAD_FAST, s->class_cell_slot);
    else
        op(c, BC_LOAD_NONE, 0);
    op(c, BC_RETURN_VALUE, 0);
    return leave_unit(c, CODE_CLASS, VALUE_NONE);
}

static void compile_class_def(Compiler *c, AstStmt *st)
{
    const AstExprList *decos = &st->v.class_def.decorator_list;
    for (uint32_t i = 0; i < decos->len; i++)
        compile_expr(c, decos->items[i]);
    Scope *s = scope_child(c->u->scope, st);
    if (!s || failed(c))
        return;
    op(c, BC_LOAD_BUILD_CLASS, 0);
    value_t code = compile_class_body(c, st, s);
    set_line(c, st->line);
    make_function(c, s, code, 0);
    op_const(c, intern(c, st->v.class_def.name.data));
    compile_call_args(c, 2, &st->v.class_def.bases, &st->v.class_def.keywords);
    for (uint32_t i = 0; i < decos->len; i++)
        op(c, BC_CALL_FUNCTION, 1);
    compile_name(c, st->v.class_def.name.data, ACCESS_STORE);
}

/* ---- comprehensions ---------------------------------------------------------- */

static void compile_jump_if(Compiler *c, AstExpr *e, bool cond, EmitLabel target);

/* The loop for generator i and everything inside it. */
static void compile_comp_loop(Compiler *c, AstExpr *e, uint32_t i)
{
    const AstComprehension *g = &e->v.comp.generators.items[i];
    uint32_t ngens = e->v.comp.generators.len;
    if (i == 0) {
        op(c, BC_LOAD_FAST, 0);
    } else {
        compile_expr(c, g->iter);
        op(c, BC_GET_ITER, 0);
    }
    EmitLabel top = label(c), end = label(c);
    place(c, top);
    jump(c, BC_FOR_ITER, end);
    compile_store(c, g->target);
    for (uint32_t k = 0; k < g->ifs.len; k++)
        compile_jump_if(c, g->ifs.items[k], false, top);
    if (i + 1 < ngens) {
        compile_comp_loop(c, e, i + 1);
    } else if (e->kind == EXPR_GENERATOR_EXP) {
        compile_expr(c, e->v.comp.elt);
        op(c, BC_YIELD_VALUE, 0);
        op(c, BC_POP_TOP, 0);
    } else if (e->kind == EXPR_DICT_COMP) {
        compile_expr(c, e->v.comp.elt);
        compile_expr(c, e->v.comp.value);
        op(c, BC_MAP_ADD, (int)ngens + 1);
    } else {
        compile_expr(c, e->v.comp.elt);
        op(c, e->kind == EXPR_LIST_COMP ? BC_LIST_APPEND : BC_SET_ADD, (int)ngens + 1);
    }
    jump(c, BC_JUMP, top);
    place(c, end);
}

static void compile_comprehension(Compiler *c, AstExpr *e)
{
    Scope *s = scope_child(c->u->scope, e);
    if (!s || failed(c))
        return;
    Unit u;
    if (!enter_unit(c, &u, s, e->line))
        return;
    if (e->kind == EXPR_LIST_COMP)
        op(c, BC_BUILD_LIST, 0);
    else if (e->kind == EXPR_SET_COMP)
        op(c, BC_BUILD_SET, 0);
    else if (e->kind == EXPR_DICT_COMP)
        op(c, BC_BUILD_MAP, 0);
    compile_comp_loop(c, e, 0);
    if (e->kind == EXPR_GENERATOR_EXP)
        op(c, BC_LOAD_NONE, 0);
    op(c, BC_RETURN_VALUE, 0);
    value_t code = leave_unit(c, 0, VALUE_NONE);
    make_function(c, s, code, 0);
    compile_expr(c, e->v.comp.generators.items[0].iter);
    op(c, BC_GET_ITER, 0);
    op(c, BC_CALL_FUNCTION, 1);
}

/* ---- expressions ---------------------------------------------------------------- */

static const uint8_t binops[] = {
    [AST_ADD] = OP_ADD, [AST_SUB] = OP_SUB, [AST_MULT] = OP_MUL, [AST_MATMULT] = OP_MATMUL,
    [AST_DIV] = OP_TRUEDIV, [AST_MOD] = OP_MOD, [AST_POW] = OP_POW, [AST_LSHIFT] = OP_LSHIFT,
    [AST_RSHIFT] = OP_RSHIFT, [AST_BITOR] = OP_OR, [AST_BITXOR] = OP_XOR,
    [AST_BITAND] = OP_AND, [AST_FLOORDIV] = OP_FLOORDIV,
};

static void compile_unary(Compiler *c, AstExpr *e)
{
    AstExpr *x = e->v.unary_op.operand;
    switch (e->v.unary_op.op) {
    case AST_NOT:
        compile_expr(c, x);
        op(c, BC_UNARY_NOT, 0);
        return;
    case AST_USUB:
        /* fold -literal: -1 is a constant, not a negation at run time */
        if (x->kind == EXPR_INT) {
            compile_int(c, &x->v.int_, true);
            return;
        }
        if (x->kind == EXPR_FLOAT) {
            op_const(c, float_new(-x->v.float_));
            return;
        }
        compile_expr(c, x);
        op(c, BC_UNARY_OP, UOP_NEG);
        return;
    case AST_UADD:
        compile_expr(c, x);
        op(c, BC_UNARY_OP, UOP_POS);
        return;
    default:
        compile_expr(c, x);
        op(c, BC_UNARY_OP, UOP_INVERT);
        return;
    }
}

/* a + b + c nests to the left: the left spine is walked with a loop, so a
 * long chain costs no C stack per operator. */
static void compile_bin_op(Compiler *c, AstExpr *e)
{
    AstExpr *local[8], **spine = local;
    uint32_t n = 0;
    AstExpr *x = e;
    for (; x->kind == EXPR_BIN_OP; x = x->v.bin_op.left)
        n++;
    if (n > 8 && !(spine = arena_alloc(c->arena, n * sizeof *spine))) {
        c->err.kind = PARSE_NO_MEMORY;
        return;
    }
    x = e;
    for (uint32_t i = n; i-- > 0; x = x->v.bin_op.left)
        spine[i] = x;
    compile_expr(c, x);
    for (uint32_t i = 0; i < n; i++) {
        compile_expr(c, spine[i]->v.bin_op.right);
        set_line(c, spine[i]->line);
        op(c, BC_BINARY_OP, binops[spine[i]->v.bin_op.op]);
    }
}

static void compile_bool_op(Compiler *c, AstExpr *e)
{
    const AstExprList *v = &e->v.bool_op.values;
    EmitLabel end = label(c);
    int jop = e->v.bool_op.op == AST_AND ? BC_JUMP_IF_FALSE_OR_POP : BC_JUMP_IF_TRUE_OR_POP;
    for (uint32_t i = 0; i + 1 < v->len; i++) {
        compile_expr(c, v->items[i]);
        jump(c, jop, end);
    }
    compile_expr(c, v->items[v->len - 1]);
    place(c, end);
}

static void compare_op(Compiler *c, AstCmpOp cmp)
{
    static const uint8_t cmps[] = {
        [AST_EQ] = CMP_EQ, [AST_NOTEQ] = CMP_NE, [AST_LT] = CMP_LT,
        [AST_LTE] = CMP_LE, [AST_GT] = CMP_GT, [AST_GTE] = CMP_GE,
    };
    switch (cmp) {
    case AST_IS: op(c, BC_IS_OP, 0); break;
    case AST_ISNOT: op(c, BC_IS_OP, 1); break;
    case AST_IN: op(c, BC_CONTAINS_OP, 0); break;
    case AST_NOTIN: op(c, BC_CONTAINS_OP, 1); break;
    default: op(c, BC_COMPARE_OP, cmps[cmp]); break;
    }
}

/* a < b < c: each middle operand is evaluated once, and the chain stops at
 * the first false comparison, whose result is the value. */
static void compile_compare(Compiler *c, AstExpr *e)
{
    const AstExprList *rest = &e->v.compare.comparators;
    compile_expr(c, e->v.compare.left);
    if (rest->len == 1) {
        compile_expr(c, rest->items[0]);
        compare_op(c, e->v.compare.ops[0]);
        return;
    }
    EmitLabel cleanup = label(c), end = label(c);
    for (uint32_t i = 0; i + 1 < rest->len; i++) {
        compile_expr(c, rest->items[i]);
        op(c, BC_DUP_TOP, 0);
        op(c, BC_ROT_THREE, 0);
        compare_op(c, e->v.compare.ops[i]);
        jump(c, BC_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expr(c, rest->items[rest->len - 1]);
    compare_op(c, e->v.compare.ops[rest->len - 1]);
    jump(c, BC_JUMP, end);
    place(c, cleanup);
    op(c, BC_ROT_TWO, 0);
    op(c, BC_POP_TOP, 0);
    place(c, end);
}

static void compile_if_exp(Compiler *c, AstExpr *e)
{
    EmitLabel orelse = label(c), end = label(c);
    compile_jump_if(c, e->v.if_exp.test, false, orelse);
    compile_expr(c, e->v.if_exp.body);
    jump(c, BC_JUMP, end);
    place(c, orelse);
    compile_expr(c, e->v.if_exp.orelse);
    place(c, end);
}

static bool has_starred(const AstExprList *l)
{
    for (uint32_t i = 0; i < l->len; i++)
        if (l->items[i]->kind == EXPR_STARRED)
            return true;
    return false;
}

/* Whether const_value() can fold e. */
static bool is_literal(const AstExpr *e)
{
    switch (e->kind) {
    case EXPR_CONSTANT: case EXPR_STR:
        return true;
    case EXPR_INT:
        return !e->v.int_.is_big && small_int_fits(e->v.int_.value);
    case EXPR_UNARY_OP:
        return e->v.unary_op.op == AST_USUB && e->v.unary_op.operand->kind == EXPR_INT &&
               is_literal(e->v.unary_op.operand);
    case EXPR_TUPLE:
        for (uint32_t i = 0; i < e->v.seq.elts.len; i++)
            if (!is_literal(e->v.seq.elts.items[i]))
                return false;
        return e->ctx == AST_LOAD;
    default:
        return false;
    }
}

/* The value of a literal for which is_literal() holds (small ints,
 * strings, None/True/False/..., tuples of those); VALUE_NULL on failure. */
static value_t const_value(Compiler *c, AstExpr *e)
{
    switch (e->kind) {
    case EXPR_CONSTANT:
        return e->v.constant == AST_CONST_NONE ? VALUE_NONE
             : e->v.constant == AST_CONST_TRUE ? VALUE_TRUE
             : e->v.constant == AST_CONST_FALSE ? VALUE_FALSE : VALUE_ELLIPSIS;
    case EXPR_INT:
        return value_from_small((small_int_t)e->v.int_.value);
    case EXPR_UNARY_OP:
        return value_from_small(-(small_int_t)e->v.unary_op.operand->v.int_.value);
    case EXPR_STR:
        return keep(c, make_str(c, &e->v.str));
    case EXPR_TUPLE: {
        const AstExprList *elts = &e->v.seq.elts;
        value_t t = keep(c, tuple_new(elts->len));
        for (uint32_t i = 0; t && i < elts->len; i++)
            if (!(TUPLE(t)->items[i] = const_value(c, elts->items[i])))
                return VALUE_NULL;
        return t;
    }
    default:
        return VALUE_NULL;
    }
}

/* [a, *b, c], (a, *b), {a, *b}: short plain displays are one BUILD_*; longer
 * ones or ones with * start a list (or set) and add to it one by one. */
static void compile_display(Compiler *c, AstExpr *e)
{
    const AstExprList *elts = &e->v.seq.elts;
    bool set = e->kind == EXPR_SET;
    if (e->kind == EXPR_TUPLE && is_literal(e)) {
        op_const(c, const_value(c, e)); /* (1, 'a') is built once, at compile time */
        return;
    }
    if (!has_starred(elts) && elts->len <= DISPLAY_CHUNK) {
        for (uint32_t i = 0; i < elts->len; i++)
            compile_expr(c, elts->items[i]);
        op(c, set ? BC_BUILD_SET : e->kind == EXPR_LIST ? BC_BUILD_LIST : BC_BUILD_TUPLE,
           (int)elts->len);
        return;
    }
    uint32_t n = 0;
    while (n < elts->len && n < DISPLAY_CHUNK && elts->items[n]->kind != EXPR_STARRED)
        compile_expr(c, elts->items[n++]);
    op(c, set ? BC_BUILD_SET : BC_BUILD_LIST, (int)n);
    for (uint32_t i = n; i < elts->len; i++) {
        AstExpr *x = elts->items[i];
        bool star = x->kind == EXPR_STARRED;
        compile_expr(c, star ? x->v.starred.value : x);
        op(c, set ? (star ? BC_SET_UPDATE : BC_SET_ADD) : (star ? BC_LIST_EXTEND : BC_LIST_APPEND),
           1);
    }
    if (e->kind == EXPR_TUPLE)
        op(c, BC_LIST_TO_TUPLE, 0);
}

static void compile_dict(Compiler *c, AstExpr *e)
{
    const AstExprList *keys = &e->v.dict.keys, *values = &e->v.dict.values;
    uint32_t n = 0;
    while (n < keys->len && n < DISPLAY_CHUNK && keys->items[n]) {
        compile_expr(c, keys->items[n]);
        compile_expr(c, values->items[n]);
        n++;
    }
    op(c, BC_BUILD_MAP, (int)n);
    for (uint32_t i = n; i < keys->len; i++) {
        if (keys->items[i]) {
            compile_expr(c, keys->items[i]);
            compile_expr(c, values->items[i]);
            op(c, BC_MAP_ADD, 1);
        } else {
            compile_expr(c, values->items[i]);
            op(c, BC_DICT_UPDATE, 1);
        }
    }
}

static const char *keyword_name(const void *kws, uint32_t i)
{
    return ((const AstKeyword *)kws)[i].arg.data;
}

/* The dict of a CALL_FUNCTION_EX: runs of name=value become a BUILD_MAP
 * merged into the first; **m merges with duplicate checks. */
static void compile_kwargs_dict(Compiler *c, const AstKeywordList *kws)
{
    bool first = true;
    for (uint32_t i = 0; i < kws->len;) {
        if (!kws->items[i].arg.data) {
            if (first)
                op(c, BC_BUILD_MAP, 0);
            compile_expr(c, kws->items[i++].value);
            op(c, BC_DICT_MERGE, 1);
        } else {
            int n = 0;
            for (; i < kws->len && kws->items[i].arg.data && n < DISPLAY_CHUNK; i++, n++) {
                op_const(c, intern(c, kws->items[i].arg.data));
                compile_expr(c, kws->items[i].value);
            }
            op(c, BC_BUILD_MAP, n);
            if (!first)
                op(c, BC_DICT_MERGE, 1);
        }
        first = false;
    }
}

static bool check_keywords(Compiler *c, const AstKeywordList *kws, bool *double_star)
{
    *double_star = false;
    for (uint32_t i = 0; i < kws->len; i++) {
        const AstKeyword *k = &kws->items[i];
        if (!k->arg.data) {
            *double_star = true;
            continue;
        }
        for (uint32_t j = 0; j < i; j++)
            if (kws->items[j].arg.data && strcmp(kws->items[j].arg.data, k->arg.data) == 0) {
                error_at(c, k->line, k->col, "keyword argument repeated: %s", k->arg.data);
                return false;
            }
    }
    return true;
}

/* The arguments of a call whose callable (and nprefix arguments already on
 * the stack, for __build_class__) have been pushed, then the call. */
static void compile_call_args(Compiler *c, int nprefix, const AstExprList *args,
                              const AstKeywordList *kws)
{
    bool double_star;
    if (!check_keywords(c, kws, &double_star))
        return;
    if (double_star || has_starred(args)) {
        uint32_t n = 0;
        while (n < args->len && n < DISPLAY_CHUNK && args->items[n]->kind != EXPR_STARRED)
            compile_expr(c, args->items[n++]);
        op(c, BC_BUILD_LIST, nprefix + (int)n);
        for (uint32_t i = n; i < args->len; i++) {
            AstExpr *x = args->items[i];
            bool star = x->kind == EXPR_STARRED;
            compile_expr(c, star ? x->v.starred.value : x);
            op(c, star ? BC_LIST_EXTEND : BC_LIST_APPEND, 1);
        }
        op(c, BC_LIST_TO_TUPLE, 0);
        if (kws->len)
            compile_kwargs_dict(c, kws);
        op(c, BC_CALL_FUNCTION_EX, kws->len ? 1 : 0);
        return;
    }
    for (uint32_t i = 0; i < args->len; i++)
        compile_expr(c, args->items[i]);
    for (uint32_t i = 0; i < kws->len; i++)
        compile_expr(c, kws->items[i].value);
    int argc = nprefix + (int)args->len + (int)kws->len;
    if (kws->len) {
        op_const(c, name_tuple(c, kws->len, keyword_name, kws->items));
        op(c, BC_CALL_FUNCTION_KW, argc);
    } else {
        op(c, BC_CALL_FUNCTION, argc);
    }
}

static bool has_double_star(const AstKeywordList *kws)
{
    for (uint32_t i = 0; i < kws->len; i++)
        if (!kws->items[i].arg.data)
            return true;
    return false;
}

/* o.m(args) without * or ** avoids the bound method: LOAD_METHOD +
 * CALL_METHOD (the VM's fast path for built-in methods); o.m() with o a
 * local is one instruction, CALL_LOCAL_METHOD (the first statement of
 * many interrupt handlers: t.counter(), pin.value()). */
static void compile_call(Compiler *c, AstExpr *e)
{
    AstExpr *f = e->v.call.func;
    const AstExprList *args = &e->v.call.args;
    const AstKeywordList *kws = &e->v.call.keywords;
    if (f->kind != EXPR_ATTRIBUTE || has_starred(args) || has_double_star(kws)) {
        compile_expr(c, f);
        compile_call_args(c, 0, args, kws);
        return;
    }
    bool unused;
    if (!check_keywords(c, kws, &unused))
        return;
    int slot = args->len || kws->len ? -1 : fast_slot(c, f->v.attribute.value);
    if (slot >= 0) {
        value_t name = intern(c, f->v.attribute.attr.data);
        set_line(c, e->line);
        if (name)
            emit_slot_name(E(c), BC_CALL_LOCAL_METHOD, slot, name);
        return;
    }
    compile_expr(c, f->v.attribute.value);
    set_line(c, f->line);
    op_name(c, BC_LOAD_METHOD, f->v.attribute.attr.data);
    for (uint32_t i = 0; i < args->len; i++)
        compile_expr(c, args->items[i]);
    for (uint32_t i = 0; i < kws->len; i++)
        compile_expr(c, kws->items[i].value);
    set_line(c, e->line);
    int argc = (int)args->len + (int)kws->len;
    if (kws->len) {
        op_const(c, name_tuple(c, kws->len, keyword_name, kws->items));
        op(c, BC_CALL_METHOD_KW, argc);
    } else {
        op(c, BC_CALL_METHOD, argc);
    }
}

static void compile_formatted(Compiler *c, AstExpr *e)
{
    compile_expr(c, e->v.formatted.value);
    int conv = e->v.formatted.conversion;
    int flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.formatted.format_spec) {
        compile_expr(c, e->v.formatted.format_spec);
        flags |= 4;
    }
    op(c, BC_FORMAT_VALUE, flags);
}

static void compile_joined_str(Compiler *c, AstExpr *e)
{
    const AstExprList *parts = &e->v.joined.values;
    if (parts->len == 0) {
        op_const(c, keep(c, str_new("", 0)));
        return;
    }
    for (uint32_t i = 0; i < parts->len; i++)
        compile_expr(c, parts->items[i]);
    if (parts->len > 1)
        op(c, BC_BUILD_STRING, (int)parts->len);
}

static void compile_slice(Compiler *c, AstExpr *e)
{
    AstExpr *parts[3] = { e->v.slice.lower, e->v.slice.upper, e->v.slice.step };
    int n = parts[2] ? 3 : 2;
    for (int i = 0; i < n; i++) {
        if (parts[i])
            compile_expr(c, parts[i]);
        else
            op(c, BC_LOAD_NONE, 0);
    }
    op(c, BC_BUILD_SLICE, n);
}

static void compile_named_expr(Compiler *c, AstExpr *e)
{
    compile_expr(c, e->v.named_expr.value);
    op(c, BC_DUP_TOP, 0);
    compile_store(c, e->v.named_expr.target);
}

static void compile_expr_kind(Compiler *c, AstExpr *e)
{
    switch (e->kind) {
    case EXPR_BOOL_OP: compile_bool_op(c, e); break;
    case EXPR_NAMED_EXPR: compile_named_expr(c, e); break;
    case EXPR_BIN_OP: compile_bin_op(c, e); break;
    case EXPR_UNARY_OP: compile_unary(c, e); break;
    case EXPR_LAMBDA: compile_lambda(c, e); break;
    case EXPR_IF_EXP: compile_if_exp(c, e); break;
    case EXPR_DICT: compile_dict(c, e); break;
    case EXPR_SET: case EXPR_LIST: case EXPR_TUPLE: compile_display(c, e); break;
    case EXPR_LIST_COMP: case EXPR_SET_COMP: case EXPR_DICT_COMP: case EXPR_GENERATOR_EXP:
        compile_comprehension(c, e);
        break;
    case EXPR_YIELD:
        if (e->v.yield_.value)
            compile_expr(c, e->v.yield_.value);
        else
            op(c, BC_LOAD_NONE, 0);
        op(c, BC_YIELD_VALUE, 0);
        break;
    case EXPR_YIELD_FROM:
        compile_expr(c, e->v.yield_.value);
        op(c, BC_GET_YIELD_FROM_ITER, 0);
        op(c, BC_LOAD_NONE, 0);
        op(c, BC_YIELD_FROM, 0);
        break;
    case EXPR_COMPARE: compile_compare(c, e); break;
    case EXPR_CALL: compile_call(c, e); break;
    case EXPR_FORMATTED_VALUE: compile_formatted(c, e); break;
    case EXPR_JOINED_STR: compile_joined_str(c, e); break;
    case EXPR_CONSTANT: compile_constant(c, e->v.constant); break;
    case EXPR_INT: compile_int(c, &e->v.int_, false); break;
    case EXPR_FLOAT: op_const(c, float_new(e->v.float_)); break;
    case EXPR_STR: op_const(c, make_str(c, &e->v.str)); break;
    case EXPR_BYTES: op_const(c, bytes_new((const uint8_t *)e->v.str.data, e->v.str.len)); break;
    case EXPR_ATTRIBUTE:
        compile_expr(c, e->v.attribute.value);
        set_line(c, e->line);
        op_name(c, BC_LOAD_ATTR, e->v.attribute.attr.data);
        break;
    case EXPR_SUBSCRIPT:
        compile_expr(c, e->v.subscript.value);
        compile_expr(c, e->v.subscript.slice);
        set_line(c, e->line);
        op(c, BC_LOAD_SUBSCR, 0);
        break;
    case EXPR_STARRED:
        error_at(c, e->line, e->col, "can't use starred expression here", NULL);
        break;
    case EXPR_NAME: compile_name(c, e->v.name.id.data, ACCESS_LOAD); break;
    case EXPR_SLICE: compile_slice(c, e); break;
    default: break;
    }
}

/* Every expression's instructions carry its own line; the enclosing
 * expression's line is restored after it. */
static void compile_expr(Compiler *c, AstExpr *e)
{
    if (failed(c))
        return;
    int outer = c->u->line;
    set_line(c, e->line);
    compile_expr_kind(c, e);
    set_line(c, outer);
}

/* Jumps to target when the truth of e equals cond; and/or/not turn into
 * jumps instead of values. */
static void compile_jump_if(Compiler *c, AstExpr *e, bool cond, EmitLabel target)
{
    if (e->kind == EXPR_UNARY_OP && e->v.unary_op.op == AST_NOT) {
        compile_jump_if(c, e->v.unary_op.operand, !cond, target);
        return;
    }
    if (e->kind == EXPR_BOOL_OP) {
        const AstExprList *v = &e->v.bool_op.values;
        bool is_and = e->v.bool_op.op == AST_AND;
        /* and: any false decides (jump if cond is false, else skip to the end) */
        EmitLabel next = label(c);
        for (uint32_t i = 0; i + 1 < v->len; i++) {
            if (is_and == cond)
                compile_jump_if(c, v->items[i], !cond, next);
            else
                compile_jump_if(c, v->items[i], cond, target);
        }
        compile_jump_if(c, v->items[v->len - 1], cond, target);
        place(c, next);
        return;
    }
    compile_expr(c, e);
    jump(c, cond ? BC_POP_JUMP_IF_TRUE : BC_POP_JUMP_IF_FALSE, target);
}

/* ---- assignment targets ------------------------------------------------------- */

static void compile_unpack(Compiler *c, AstExpr *target)
{
    const AstExprList *elts = &target->v.seq.elts;
    uint32_t star = elts->len;
    for (uint32_t i = 0; i < elts->len; i++)
        if (elts->items[i]->kind == EXPR_STARRED)
            star = i;
    if (star == elts->len) {
        op(c, BC_UNPACK_SEQUENCE, (int)elts->len);
    } else {
        uint32_t after = elts->len - star - 1;
        if (star > 255 || after > 255) {
            error_at(c, target->line, target->col,
                     "too many expressions in star-unpacking assignment", NULL);
            return;
        }
        op(c, BC_UNPACK_EX, (int)(star | after << 8));
    }
    for (uint32_t i = 0; i < elts->len; i++) {
        AstExpr *x = elts->items[i];
        compile_store(c, x->kind == EXPR_STARRED ? x->v.starred.value : x);
    }
}

/* Stores the value on top of the stack into target. */
static void compile_store(Compiler *c, AstExpr *t)
{
    if (failed(c))
        return;
    set_line(c, t->line);
    switch (t->kind) {
    case EXPR_NAME:
        compile_name(c, t->v.name.id.data, ACCESS_STORE);
        break;
    case EXPR_ATTRIBUTE:
        compile_expr(c, t->v.attribute.value);
        op_name(c, BC_STORE_ATTR, t->v.attribute.attr.data);
        break;
    case EXPR_SUBSCRIPT:
        compile_expr(c, t->v.subscript.value);
        compile_expr(c, t->v.subscript.slice);
        op(c, BC_STORE_SUBSCR, 0);
        break;
    case EXPR_TUPLE: case EXPR_LIST:
        compile_unpack(c, t);
        break;
    default:
        error_at(c, t->line, t->col, "starred assignment target must be in a list or tuple",
                 NULL);
        break;
    }
}

static void compile_delete(Compiler *c, AstExpr *t)
{
    switch (t->kind) {
    case EXPR_NAME:
        compile_name(c, t->v.name.id.data, ACCESS_DEL);
        break;
    case EXPR_ATTRIBUTE:
        compile_expr(c, t->v.attribute.value);
        op_name(c, BC_DELETE_ATTR, t->v.attribute.attr.data);
        break;
    case EXPR_SUBSCRIPT:
        compile_expr(c, t->v.subscript.value);
        compile_expr(c, t->v.subscript.slice);
        op(c, BC_DELETE_SUBSCR, 0);
        break;
    default:
        for (uint32_t i = 0; i < t->v.seq.elts.len; i++)
            compile_delete(c, t->v.seq.elts.items[i]);
        break;
    }
}

/* x op= v evaluates the object and the key of x once. */
static void compile_aug_assign(Compiler *c, AstStmt *st)
{
    AstExpr *t = st->v.aug_assign.target;
    int bop = binops[st->v.aug_assign.op] | OP_INPLACE;
    switch (t->kind) {
    case EXPR_NAME:
        compile_name(c, t->v.name.id.data, ACCESS_LOAD);
        compile_expr(c, st->v.aug_assign.value);
        op(c, BC_BINARY_OP, bop);
        compile_name(c, t->v.name.id.data, ACCESS_STORE);
        break;
    case EXPR_ATTRIBUTE:
        compile_expr(c, t->v.attribute.value);
        op(c, BC_DUP_TOP, 0);
        op_name(c, BC_LOAD_ATTR, t->v.attribute.attr.data);
        compile_expr(c, st->v.aug_assign.value);
        op(c, BC_BINARY_OP, bop);
        op(c, BC_ROT_TWO, 0);
        op_name(c, BC_STORE_ATTR, t->v.attribute.attr.data);
        break;
    default:
        compile_expr(c, t->v.subscript.value);
        compile_expr(c, t->v.subscript.slice);
        op(c, BC_DUP_TOP_TWO, 0);
        op(c, BC_LOAD_SUBSCR, 0);
        compile_expr(c, st->v.aug_assign.value);
        op(c, BC_BINARY_OP, bop);
        op(c, BC_ROT_THREE, 0);
        op(c, BC_STORE_SUBSCR, 0);
        break;
    }
}

/* a, b = b, a (two or three names, no star) swaps on the stack instead of
 * building and unpacking a tuple. */
static bool compile_swap(Compiler *c, AstStmt *st)
{
    AstExpr *t = st->v.assign.targets.items[0], *v = st->v.assign.value;
    if (st->v.assign.targets.len != 1 || (t->kind != EXPR_TUPLE && t->kind != EXPR_LIST) ||
        v->kind != EXPR_TUPLE || v->v.seq.elts.len != t->v.seq.elts.len ||
        v->v.seq.elts.len < 2 || v->v.seq.elts.len > 3 || has_starred(&t->v.seq.elts) ||
        has_starred(&v->v.seq.elts))
        return false;
    for (uint32_t i = 0; i < v->v.seq.elts.len; i++)
        compile_expr(c, v->v.seq.elts.items[i]);
    if (v->v.seq.elts.len == 3)
        op(c, BC_ROT_THREE, 0);
    op(c, BC_ROT_TWO, 0);
    for (uint32_t i = 0; i < t->v.seq.elts.len; i++)
        compile_store(c, t->v.seq.elts.items[i]);
    return true;
}

static void compile_assign(Compiler *c, AstStmt *st)
{
    const AstExprList *targets = &st->v.assign.targets;
    if (compile_swap(c, st))
        return;
    compile_expr(c, st->v.assign.value);
    for (uint32_t i = 0; i < targets->len; i++) {
        if (i + 1 < targets->len)
            op(c, BC_DUP_TOP, 0);
        compile_store(c, targets->items[i]);
    }
}

/* ---- early exits and blocks -------------------------------------------------- */

static void pop_loop_state(Compiler *c)
{
    for (int i = 0; i < 3; i++)
        op(c, BC_POP_TOP, 0);
}

/* The code that leaves fb: with the return value on top when preserve. */
static void unwind_fblock(Compiler *c, const FBlock *fb, bool preserve)
{
    switch (fb->kind) {
    case FB_FOR: /* the three slots of the loop state */
        if (preserve)
            op(c, BC_ROT_FOUR, 0);
        pop_loop_state(c);
        break;
    case FB_TRY_EXCEPT:
        op(c, BC_POP_BLOCK, 0);
        break;
    case FB_FINALLY_TRY:
        op(c, BC_POP_BLOCK, 0);
        compile_stmts(c, fb->final);
        break;
    case FB_HANDLER:
        op(c, BC_POP_BLOCK, 0);
        if (preserve)
            op(c, BC_ROT_THREE, 0);
        op(c, BC_POP_TOP, 0);
        op(c, BC_POP_EXCEPT, 0);
        if (fb->name) {
            op(c, BC_LOAD_NONE, 0);
            compile_name(c, fb->name, ACCESS_STORE);
            compile_name(c, fb->name, ACCESS_DEL);
        }
        break;
    case FB_WITH:
        op(c, BC_POP_BLOCK, 0);
        if (preserve)
            op(c, BC_ROT_TWO, 0);
        op(c, BC_WITH_EXIT, 0);
        break;
    default:
        break;
    }
}

/* Leaves every block inside `stop` (exclusive; NULL: all). A finally body
 * is compiled outside the block it belongs to, so an exit inside it does
 * not run it again. */
static void unwind(Compiler *c, FBlock *stop, bool preserve)
{
    FBlock *top = c->u->fblock;
    for (FBlock *fb = top; fb != stop; fb = fb->prev) {
        c->u->fblock = fb->prev;
        unwind_fblock(c, fb, preserve);
    }
    c->u->fblock = top;
}

static FBlock *innermost_loop(Compiler *c)
{
    for (FBlock *fb = c->u->fblock; fb; fb = fb->prev)
        if (fb->kind == FB_WHILE || fb->kind == FB_FOR)
            return fb;
    return NULL;
}

static void compile_break(Compiler *c, AstStmt *st, bool is_break)
{
    FBlock *loop = innermost_loop(c);
    if (!loop) {
        error_at(c, st->line, st->col,
                 is_break ? "'break' outside loop" : "'continue' not properly in loop", NULL);
        return;
    }
    unwind(c, loop, false);
    if (!is_break) {
        jump(c, BC_JUMP, loop->top);
        return;
    }
    if (loop->kind == FB_FOR)
        pop_loop_state(c);
    jump(c, BC_JUMP, loop->exit);
}

static void compile_return(Compiler *c, AstStmt *st)
{
    if (!is_function_scope(c->u->scope)) {
        error_at(c, st->line, st->col, "'return' outside function", NULL);
        return;
    }
    if (st->v.return_.value)
        compile_expr(c, st->v.return_.value);
    else
        op(c, BC_LOAD_NONE, 0);
    unwind(c, NULL, true);
    op(c, BC_RETURN_VALUE, 0);
}

static void compile_loop_body(Compiler *c, FBlockKind kind, EmitLabel top, EmitLabel exit,
                              const AstStmtList *body)
{
    FBlock fb = { 0 };
    fb.top = top;
    fb.exit = exit;
    push_fblock(c, &fb, kind);
    compile_stmts(c, body);
    pop_fblock(c);
    jump(c, BC_JUMP, top);
}

static bool is_constant_true(const AstExpr *e)
{
    return (e->kind == EXPR_CONSTANT && e->v.constant == AST_CONST_TRUE) ||
           (e->kind == EXPR_INT && (e->v.int_.value != 0 || e->v.int_.is_big));
}

static void compile_while(Compiler *c, AstStmt *st)
{
    EmitLabel top = label(c), orelse = label(c), exit = label(c);
    place(c, top);
    if (!is_constant_true(st->v.while_.test))
        compile_jump_if(c, st->v.while_.test, false, orelse);
    compile_loop_body(c, FB_WHILE, top, exit, &st->v.while_.body);
    place(c, orelse);
    compile_stmts(c, &st->v.while_.orelse);
    place(c, exit);
}

/* `range(...)` with 1 to 3 plain positional arguments. */
static bool is_range_call(const AstExpr *e)
{
    if (e->kind != EXPR_CALL || e->v.call.keywords.len || has_starred(&e->v.call.args))
        return false;
    const AstExpr *f = e->v.call.func;
    uint32_t n = e->v.call.args.len;
    return f->kind == EXPR_NAME && !strcmp(f->v.name.id.data, "range") && n >= 1 && n <= 3;
}

/* The loop state takes three stack slots (see code.h). */
static void compile_for(Compiler *c, AstStmt *st)
{
    EmitLabel top = label(c), orelse = label(c), exit = label(c);
    AstExpr *it = st->v.for_.iter;
    if (is_range_call(it)) {
        compile_expr(c, it->v.call.func);
        for (uint32_t i = 0; i < it->v.call.args.len; i++)
            compile_expr(c, it->v.call.args.items[i]);
        set_line(c, it->line);
        op(c, BC_GET_RANGE_LOOP, (int)it->v.call.args.len);
    } else {
        compile_expr(c, it);
        op(c, BC_GET_LOOP_ITER, 0);
    }
    place(c, top);
    set_line(c, st->line);
    jump(c, BC_FOR_LOOP, orelse);
    compile_store(c, st->v.for_.target);
    compile_loop_body(c, FB_FOR, top, exit, &st->v.for_.body);
    place(c, orelse);
    compile_stmts(c, &st->v.for_.orelse);
    place(c, exit);
}

static void compile_if(Compiler *c, AstStmt *st)
{
    EmitLabel orelse = label(c), end = label(c);
    compile_jump_if(c, st->v.if_.test, false, orelse);
    compile_stmts(c, &st->v.if_.body);
    if (st->v.if_.orelse.len)
        jump(c, BC_JUMP, end);
    place(c, orelse);
    compile_stmts(c, &st->v.if_.orelse);
    place(c, end);
}

/* The handler of a handler: [prev exc prev' exc'] -> handled = prev, raise exc'. */
static void compile_cleanup(Compiler *c, EmitLabel cleanup)
{
    place(c, cleanup);
    op(c, BC_ROT_FOUR, 0);
    op(c, BC_POP_TOP, 0);
    op(c, BC_POP_TOP, 0);
    op(c, BC_POP_EXCEPT, 0);
    op(c, BC_RERAISE, 0);
}

/* [prev exc] -> handled = prev, raise exc (the block is popped). */
static void reraise_handled(Compiler *c)
{
    op(c, BC_POP_BLOCK, 0);
    op(c, BC_ROT_TWO, 0);
    op(c, BC_POP_EXCEPT, 0);
    op(c, BC_RERAISE, 0);
}

/* One `except T as n:` clause, entered with [prev exc] under the cleanup block. */
static void compile_handler(Compiler *c, const AstExceptHandler *h, EmitLabel end)
{
    set_line(c, h->line);
    EmitLabel next = label(c);
    if (h->type) {
        const AstExprList *types = &h->type->v.seq.elts;
        if (h->type->kind == EXPR_TUPLE && !has_starred(types)) {
            for (uint32_t i = 0; i < types->len; i++)
                compile_expr(c, types->items[i]);
            op(c, BC_CHECK_EXC_MATCH, (int)types->len);
        } else {
            compile_expr(c, h->type);
            op(c, BC_CHECK_EXC_MATCH, 1);
        }
        jump(c, BC_POP_JUMP_IF_FALSE, next);
    }
    if (h->name.data) {
        op(c, BC_DUP_TOP, 0);
        compile_name(c, h->name.data, ACCESS_STORE);
    }
    FBlock fb = { 0 };
    fb.name = h->name.data;
    push_fblock(c, &fb, FB_HANDLER);
    compile_stmts(c, &h->body);
    pop_fblock(c);
    unwind_fblock(c, &fb, false);
    jump(c, BC_JUMP, end);
    place(c, next);
}

static void compile_try_except(Compiler *c, AstStmt *st)
{
    const AstExceptHandlerList *hs = &st->v.try_.handlers;
    EmitLabel handler = label(c), cleanup = label(c), end = label(c);
    jump(c, BC_SETUP_EXCEPT, handler);
    FBlock fb = { 0 };
    push_fblock(c, &fb, FB_TRY_EXCEPT);
    compile_stmts(c, &st->v.try_.body);
    pop_fblock(c);
    op(c, BC_POP_BLOCK, 0);
    compile_stmts(c, &st->v.try_.orelse);
    jump(c, BC_JUMP, end);
    place(c, handler);
    jump(c, BC_SETUP_EXCEPT, cleanup);
    for (uint32_t i = 0; i < hs->len && !failed(c); i++) {
        if (!hs->items[i].type && i + 1 < hs->len) {
            error_at(c, hs->items[i].line, hs->items[i].col, "default 'except:' must be last",
                     NULL);
            return;
        }
        compile_handler(c, &hs->items[i], end);
    }
    if (hs->items[hs->len - 1].type)
        reraise_handled(c);
    compile_cleanup(c, cleanup);
    place(c, end);
}

static void compile_try(Compiler *c, AstStmt *st)
{
    if (!st->v.try_.finalbody.len) {
        compile_try_except(c, st);
        return;
    }
    EmitLabel exc = label(c), cleanup = label(c), end = label(c);
    jump(c, BC_SETUP_EXCEPT, exc);
    FBlock fb = { 0 };
    fb.final = &st->v.try_.finalbody;
    push_fblock(c, &fb, FB_FINALLY_TRY);
    if (st->v.try_.handlers.len)
        compile_try_except(c, st);
    else
        compile_stmts(c, &st->v.try_.body);
    pop_fblock(c);
    op(c, BC_POP_BLOCK, 0);
    compile_stmts(c, fb.final);
    jump(c, BC_JUMP, end);
    place(c, exc);
    jump(c, BC_SETUP_EXCEPT, cleanup);
    FBlock handler = { 0 };
    push_fblock(c, &handler, FB_HANDLER);
    compile_stmts(c, fb.final);
    pop_fblock(c);
    reraise_handled(c);
    compile_cleanup(c, cleanup);
    place(c, end);
}

/* `with a, b: body` is `with a: with b: body`. */
static void compile_with(Compiler *c, AstStmt *st, uint32_t item)
{
    const AstWithItem *it = &st->v.with.items.items[item];
    EmitLabel exc = label(c), cleanup = label(c), suppress = label(c), end = label(c);
    compile_expr(c, it->context_expr);
    set_line(c, st->line);
    jump(c, BC_SETUP_WITH, exc);
    if (it->optional_vars)
        compile_store(c, it->optional_vars);
    else
        op(c, BC_POP_TOP, 0);
    FBlock fb = { 0 };
    push_fblock(c, &fb, FB_WITH);
    if (item + 1 < st->v.with.items.len)
        compile_with(c, st, item + 1);
    else
        compile_stmts(c, &st->v.with.body);
    pop_fblock(c);
    set_line(c, st->line);
    op(c, BC_POP_BLOCK, 0);
    op(c, BC_WITH_EXIT, 0);
    jump(c, BC_JUMP, end);
    place(c, exc);
    jump(c, BC_SETUP_EXCEPT, cleanup);
    op(c, BC_WITH_EXCEPT, 0);
    jump(c, BC_POP_JUMP_IF_TRUE, suppress);
    reraise_handled(c);
    place(c, suppress);
    op(c, BC_POP_BLOCK, 0);
    op(c, BC_POP_TOP, 0);
    op(c, BC_POP_EXCEPT, 0);
    op(c, BC_POP_TOP, 0);
    jump(c, BC_JUMP, end);
    compile_cleanup(c, cleanup);
    place(c, end);
}

static void compile_raise(Compiler *c, AstStmt *st)
{
    int n = 0;
    if (st->v.raise.exc) {
        compile_expr(c, st->v.raise.exc);
        n++;
        if (st->v.raise.cause) {
            compile_expr(c, st->v.raise.cause);
            n++;
        }
    }
    set_line(c, st->line);
    op(c, BC_RAISE, n);
}

static void compile_assert(Compiler *c, AstStmt *st)
{
    EmitLabel end = label(c);
    compile_jump_if(c, st->v.assert_.test, true, end);
    set_line(c, st->line);
    op(c, BC_LOAD_ASSERTION_ERROR, 0);
    if (st->v.assert_.msg) {
        compile_expr(c, st->v.assert_.msg);
        op(c, BC_CALL_FUNCTION, 1);
    }
    op(c, BC_RAISE, 1);
    place(c, end);
}

/* ---- imports ------------------------------------------------------------------- */

/* import a.b.c [as d]: IMPORT_NAME returns the top package a; with `as`,
 * walk down to c with IMPORT_FROM. */
static void compile_import(Compiler *c, AstStmt *st)
{
    for (uint32_t i = 0; i < st->v.import.names.len && !failed(c); i++) {
        const AstAlias *al = &st->v.import.names.items[i];
        op(c, BC_LOAD_SMALL_INT, 0);
        op(c, BC_LOAD_NONE, 0);
        op_name(c, BC_IMPORT_NAME, al->name.data);
        const char *dot = strchr(al->name.data, '.');
        if (!al->asname.data) {
            size_t n = dot ? (size_t)(dot - al->name.data) : al->name.len;
            char *first = arena_alloc(c->arena, n + 1);
            if (!first) {
                c->err.kind = PARSE_NO_MEMORY;
                return;
            }
            memcpy(first, al->name.data, n);
            first[n] = '\0';
            compile_name(c, first, ACCESS_STORE);
            continue;
        }
        while (dot) {
            const char *next = strchr(dot + 1, '.');
            size_t n = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
            value_t part = str_intern(dot + 1, n);
            if (!part) {
                exception_set(c);
                return;
            }
            emit_name(E(c), BC_IMPORT_FROM, part);
            op(c, BC_ROT_TWO, 0);
            op(c, BC_POP_TOP, 0);
            dot = next;
        }
        compile_name(c, al->asname.data, ACCESS_STORE);
    }
}

static const char *alias_name(const void *aliases, uint32_t i)
{
    return ((const AstAlias *)aliases)[i].name.data;
}

static void compile_import_from(Compiler *c, AstStmt *st)
{
    const AstAliasList *names = &st->v.import_from.names;
    const char *module = st->v.import_from.module.data;
    if (module && strcmp(module, "__future__") == 0)
        return; /* compiler directives; every feature irqpy has is always on */
    op(c, BC_LOAD_SMALL_INT, st->v.import_from.level);
    op_const(c, name_tuple(c, names->len, alias_name, names->items));
    op_name(c, BC_IMPORT_NAME, module ? module : "");
    if (names->len == 1 && strcmp(names->items[0].name.data, "*") == 0) {
        op(c, BC_IMPORT_STAR, 0);
        return;
    }
    for (uint32_t i = 0; i < names->len; i++) {
        const AstAlias *al = &names->items[i];
        op_name(c, BC_IMPORT_FROM, al->name.data);
        compile_name(c, al->asname.data ? al->asname.data : al->name.data, ACCESS_STORE);
    }
    op(c, BC_POP_TOP, 0);
}

/* ---- statements ------------------------------------------------------------------ */

static bool is_constant_expr(const AstExpr *e)
{
    return e->kind == EXPR_CONSTANT || e->kind == EXPR_INT || e->kind == EXPR_FLOAT ||
           e->kind == EXPR_STR || e->kind == EXPR_BYTES;
}

static void compile_expr_stmt(Compiler *c, AstStmt *st)
{
    AstExpr *v = st->v.expr.value;
    if (c->interactive && c->u->scope->kind == SCOPE_MODULE) {
        compile_expr(c, v);
        op(c, BC_PRINT_EXPR, 0);
        return;
    }
    if (is_constant_expr(v))
        return; /* docstrings and other constants do nothing */
    compile_expr(c, v);
    op(c, BC_POP_TOP, 0);
}

static void compile_stmt(Compiler *c, AstStmt *st)
{
    set_line(c, st->line);
    switch (st->kind) {
    case STMT_FUNCTION_DEF: compile_function_def(c, st); break;
    case STMT_CLASS_DEF: compile_class_def(c, st); break;
    case STMT_RETURN: compile_return(c, st); break;
    case STMT_DELETE:
        for (uint32_t i = 0; i < st->v.delete.targets.len; i++)
            compile_delete(c, st->v.delete.targets.items[i]);
        break;
    case STMT_ASSIGN: compile_assign(c, st); break;
    case STMT_AUG_ASSIGN: compile_aug_assign(c, st); break;
    case STMT_ANN_ASSIGN:
        if (st->v.ann_assign.value) {
            compile_expr(c, st->v.ann_assign.value);
            compile_store(c, st->v.ann_assign.target);
        }
        break;
    case STMT_FOR: compile_for(c, st); break;
    case STMT_WHILE: compile_while(c, st); break;
    case STMT_IF: compile_if(c, st); break;
    case STMT_WITH: compile_with(c, st, 0); break;
    case STMT_RAISE: compile_raise(c, st); break;
    case STMT_TRY: compile_try(c, st); break;
    case STMT_ASSERT: compile_assert(c, st); break;
    case STMT_IMPORT: compile_import(c, st); break;
    case STMT_IMPORT_FROM: compile_import_from(c, st); break;
    case STMT_EXPR: compile_expr_stmt(c, st); break;
    case STMT_BREAK: compile_break(c, st, true); break;
    case STMT_CONTINUE: compile_break(c, st, false); break;
    default: break; /* pass, global, nonlocal */
    }
}

static void compile_stmts(Compiler *c, const AstStmtList *l)
{
    for (uint32_t i = 0; i < l->len && !failed(c); i++)
        compile_stmt(c, l->items[i]);
}

/* ---- entry point --------------------------------------------------------------------- */

/* The text of line `line` of src (with its newline), or None. */
static value_t source_line(const char *src, size_t len, int line)
{
    if (line < 1 || !src)
        return VALUE_NONE;
    size_t i = 0;
    for (int l = 1; l < line && i < len; i++)
        if (src[i] == '\n')
            l++;
    if (i >= len)
        return VALUE_NONE;
    size_t end = i;
    while (end < len && src[end] != '\n')
        end++;
    if (end < len)
        end++;
    value_t s = str_new(src + i, end - i);
    if (!s)
        err_clear();
    return s ? s : VALUE_NONE;
}

static value_t raise_error(const ParseError *pe, const char *src, size_t len, value_t filename)
{
    if (pe->kind == PARSE_NO_MEMORY)
        return err_occurred() ? VALUE_NULL : err_no_memory();
    value_t msg = str_from_cstr(pe->msg);
    if (!msg)
        return VALUE_NULL;
    value_t where[4] = { filename, value_from_small(pe->line), value_from_small(pe->col),
                         source_line(src, len, pe->line) };
    value_t details = tuple_from(4, where);
    if (!details)
        return VALUE_NULL;
    value_t args[2] = { msg, details };
    const Type *t = pe->kind == PARSE_INDENTATION_ERROR ? &type_IndentationError
                                                        : &type_SyntaxError;
    value_t exc = exc_new(t, 2, args);
    return exc ? err_raise_value(exc) : VALUE_NULL;
}

/* Module (or REPL input, or eval expression) code from its tree. */
static value_t compile_top(Compiler *c, Scope *s, const AstModule *m, AstExpr *expr)
{
    Unit u;
    if (!enter_unit(c, &u, s, 1))
        return VALUE_NULL;
    if (expr) {
        compile_expr(c, expr);
        op(c, BC_RETURN_VALUE, 0);
    } else {
        if (!c->interactive && is_docstring(&m->body)) {
            compile_expr(c, m->body.items[0]->v.expr.value);
            compile_name(c, "__doc__", ACCESS_STORE);
        }
        compile_stmts(c, &m->body);
        return_none_if_reachable(c);
    }
    return leave_unit(c, CODE_MODULE, VALUE_NONE);
}

value_t compile_source(const char *src, size_t len, const char *filename, int mode,
                       bool *incomplete)
{
    if (incomplete)
        *incomplete = false;
    Compiler c;
    memset(&c, 0, sizeof c);
    Arena arena;
    arena_init(&arena);
    c.arena = &arena;
    c.interactive = mode == COMPILE_SINGLE;
    c.keep = list_new(0);
    c.filename = c.keep ? str_from_cstr(filename) : VALUE_NULL;
    if (!c.filename || !list_append(c.keep, c.filename))
        return VALUE_NULL;

    AstModule *m = NULL;
    AstExpr *expr = NULL;
    if (mode == COMPILE_EVAL)
        expr = parse_expression(&arena, src, len, &c.err);
    else if (mode == COMPILE_SINGLE)
        m = parse_interactive(&arena, src, len, &c.err);
    else
        m = parse_module(&arena, src, len, &c.err);

    value_t code = VALUE_NULL;
    if (c.err.kind == PARSE_INCOMPLETE && incomplete) {
        *incomplete = true;
    } else if (m || expr) {
        Scope *s = m ? scope_analyze_module(&arena, &m->body, &c.err)
                     : scope_analyze_expr(&arena, expr, &c.err);
        if (s)
            code = compile_top(&c, s, m, expr);
    }
    if (!code && c.err.kind != PARSE_OK && !(c.err.kind == PARSE_INCOMPLETE && incomplete))
        raise_error(&c.err, src, len, c.filename);
    arena_free_all(&arena);
    return code;
}
