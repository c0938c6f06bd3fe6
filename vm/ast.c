/*
 * ast.c - debug dump of the AST (see ast.h).
 *
 * The output is a compact variant of CPython's ast.dump(): node name, then
 * the fields in declaration order without their names; Load context and
 * empty optional lists are left out; an absent optional child prints as `_`.
 * It is used by the parser's unit test and for debugging the compiler. All
 * output goes through a write callback so the core needs no stdio; only the
 * float formatting borrows snprintf/strtod from the C library.
 */
#include "ast.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Out {
    AstWriteFn write;
    void *ctx;
    bool positions;   /* prefix nodes with "@line:col " */
} Out;

static void dump_expr(Out *o, const AstExpr *e);
static void dump_stmt(Out *o, const AstStmt *s);

static void put(Out *o, const char *s)
{
    o->write(o->ctx, s, strlen(s));
}

static void put_n(Out *o, const char *s, size_t n)
{
    o->write(o->ctx, s, n);
}

static void put_int(Out *o, int64_t v)
{
    char tmp[24];
    int i = sizeof tmp;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--i] = '-';
    put_n(o, tmp + i, sizeof tmp - (size_t)i);
}

/* Shortest "%.Ng" that reads back as the same double, like Python's repr. */
static void put_float(Out *o, double d)
{
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (strtod(buf, NULL) == d)
            break;
    }
    put(o, buf);
    if (!strpbrk(buf, ".eni"))
        put(o, ".0");
}

/* A quoted string with non-printable bytes escaped; `b` prefix for bytes. */
static void put_quoted(Out *o, AstStr s, bool bytes)
{
    static const char hex[] = "0123456789abcdef";
    put(o, bytes ? "b'" : "'");
    for (uint32_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.data[i];
        char esc[4] = {'\\', 0, 0, 0};
        if (c == '\\' || c == '\'') {
            esc[1] = (char)c;
            put_n(o, esc, 2);
        } else if (c == '\n') {
            put(o, "\\n");
        } else if (c == '\t') {
            put(o, "\\t");
        } else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
            esc[1] = 'x';
            esc[2] = hex[c >> 4];
            esc[3] = hex[c & 15];
            put_n(o, esc, 4);
        } else {
            put_n(o, (const char *)&c, 1);
        }
    }
    put(o, "'");
}

static void put_str(Out *o, AstStr s)
{
    if (s.data)
        put_quoted(o, s, false);
    else
        put(o, "_");
}

static void opt_expr(Out *o, const AstExpr *e)
{
    if (e)
        dump_expr(o, e);
    else
        put(o, "_");
}

static void expr_list(Out *o, AstExprList l)
{
    put(o, "[");
    for (uint32_t i = 0; i < l.len; i++) {
        if (i)
            put(o, ", ");
        dump_expr(o, l.items[i]);
    }
    put(o, "]");
}

static void stmt_list(Out *o, AstStmtList l)
{
    put(o, "[");
    for (uint32_t i = 0; i < l.len; i++) {
        if (i)
            put(o, ", ");
        dump_stmt(o, l.items[i]);
    }
    put(o, "]");
}

/* ", [stmts]" only when the list is not empty (orelse, finalbody). */
static void opt_stmt_list(Out *o, AstStmtList l)
{
    if (l.len) {
        put(o, ", ");
        stmt_list(o, l);
    }
}

static const char *ctx_name(uint8_t ctx)
{
    return ctx == AST_STORE ? ", Store" : ctx == AST_DEL ? ", Del" : "";
}

static const char *binop_name(AstBinOp op)
{
    static const char *const names[] = {
        "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
        "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv",
    };
    return names[op];
}

static const char *cmpop_name(AstCmpOp op)
{
    static const char *const names[] = {
        "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
    };
    return names[op];
}

static void dump_arg(Out *o, const AstArg *a)
{
    put_n(o, a->name.data, a->name.len);
    if (a->annotation) {
        put(o, ": ");
        dump_expr(o, a->annotation);
    }
}

/* Parameters in Python's own notation: args[a, b=Int(1), /, *c, d, **e]. */
static void dump_arguments(Out *o, const AstArguments *a)
{
    uint32_t nargs = a->args.len, first_default = nargs - a->defaults.len;
    const char *sep = "";
    put(o, "args[");
    for (uint32_t i = 0; i < nargs; i++) {
        put(o, sep);
        sep = ", ";
        dump_arg(o, &a->args.items[i]);
        if (i >= first_default) {
            put(o, "=");
            dump_expr(o, a->defaults.items[i - first_default]);
        }
        if (i + 1 == a->nposonly)
            put(o, ", /");
    }
    if (a->vararg || a->kwonlyargs.len) {
        put(o, sep);
        sep = ", ";
        put(o, "*");
        if (a->vararg)
            dump_arg(o, a->vararg);
    }
    for (uint32_t i = 0; i < a->kwonlyargs.len; i++) {
        put(o, ", ");
        dump_arg(o, &a->kwonlyargs.items[i]);
        if (a->kw_defaults.items[i]) {
            put(o, "=");
            dump_expr(o, a->kw_defaults.items[i]);
        }
    }
    if (a->kwarg) {
        put(o, sep);
        put(o, "**");
        dump_arg(o, a->kwarg);
    }
    put(o, "]");
}

static void keywords(Out *o, AstKeywordList l)
{
    put(o, "[");
    for (uint32_t i = 0; i < l.len; i++) {
        if (i)
            put(o, ", ");
        if (l.items[i].arg.data) {
            put_n(o, l.items[i].arg.data, l.items[i].arg.len);
            put(o, "=");
        } else {
            put(o, "**");
        }
        dump_expr(o, l.items[i].value);
    }
    put(o, "]");
}

static void comprehension(Out *o, const char *name, const AstExpr *e)
{
    put(o, name);
    put(o, "(");
    dump_expr(o, e->v.comp.elt);
    if (e->kind == EXPR_DICT_COMP) {
        put(o, ", ");
        dump_expr(o, e->v.comp.value);
    }
    for (uint32_t i = 0; i < e->v.comp.generators.len; i++) {
        const AstComprehension *c = &e->v.comp.generators.items[i];
        put(o, ", for ");
        dump_expr(o, c->target);
        put(o, " in ");
        dump_expr(o, c->iter);
        for (uint32_t k = 0; k < c->ifs.len; k++) {
            put(o, " if ");
            dump_expr(o, c->ifs.items[k]);
        }
    }
    put(o, ")");
}

static void dump_int(Out *o, const AstInt *i)
{
    put(o, "Int(");
    if (i->is_big) {
        put(o, i->base == 16 ? "0x" : i->base == 8 ? "0o" : i->base == 2 ? "0b" : "");
        put_n(o, i->digits.data, i->digits.len);
    } else {
        put_int(o, i->value);
    }
    put(o, ")");
}

static void dump_seq(Out *o, const char *name, const AstExpr *e)
{
    put(o, name);
    put(o, "(");
    expr_list(o, e->v.seq.elts);
    put(o, ctx_name(e->ctx));
    put(o, ")");
}

static void dump_dict(Out *o, const AstExpr *e)
{
    put(o, "Dict([");
    for (uint32_t i = 0; i < e->v.dict.keys.len; i++) {
        if (i)
            put(o, ", ");
        if (e->v.dict.keys.items[i]) {
            dump_expr(o, e->v.dict.keys.items[i]);
            put(o, ": ");
        } else {
            put(o, "**");
        }
        dump_expr(o, e->v.dict.values.items[i]);
    }
    put(o, "])");
}

static void dump_compare(Out *o, const AstExpr *e)
{
    put(o, "Compare(");
    dump_expr(o, e->v.compare.left);
    for (uint32_t i = 0; i < e->v.compare.comparators.len; i++) {
        put(o, ", ");
        put(o, cmpop_name(e->v.compare.ops[i]));
        put(o, " ");
        dump_expr(o, e->v.compare.comparators.items[i]);
    }
    put(o, ")");
}

static void dump_formatted(Out *o, const AstExpr *e)
{
    put(o, "FormattedValue(");
    dump_expr(o, e->v.formatted.value);
    if (e->v.formatted.conversion) {
        char c[4] = {',', ' ', '!', (char)e->v.formatted.conversion};
        put_n(o, c, 4);
    }
    if (e->v.formatted.format_spec) {
        put(o, ", ");
        dump_expr(o, e->v.formatted.format_spec);
    }
    put(o, ")");
}

static void put_pos(Out *o, int line, int col)
{
    if (!o->positions)
        return;
    put(o, "@");
    put_int(o, line);
    put(o, ":");
    put_int(o, col);
    put(o, " ");
}

static void dump_expr(Out *o, const AstExpr *e)
{
    static const char *const consts[] = {"None", "True", "False", "..."};
    static const char *const unops[] = {"Invert", "Not", "UAdd", "USub"};
    put_pos(o, e->line, e->col);
    switch ((AstExprKind)e->kind) {
    case EXPR_BOOL_OP:
        put(o, e->v.bool_op.op == AST_AND ? "BoolOp(And, " : "BoolOp(Or, ");
        expr_list(o, e->v.bool_op.values);
        put(o, ")");
        break;
    case EXPR_NAMED_EXPR:
        put(o, "NamedExpr(");
        dump_expr(o, e->v.named_expr.target);
        put(o, ", ");
        dump_expr(o, e->v.named_expr.value);
        put(o, ")");
        break;
    case EXPR_BIN_OP:
        put(o, "BinOp(");
        dump_expr(o, e->v.bin_op.left);
        put(o, ", ");
        put(o, binop_name(e->v.bin_op.op));
        put(o, ", ");
        dump_expr(o, e->v.bin_op.right);
        put(o, ")");
        break;
    case EXPR_UNARY_OP:
        put(o, "UnaryOp(");
        put(o, unops[e->v.unary_op.op]);
        put(o, ", ");
        dump_expr(o, e->v.unary_op.operand);
        put(o, ")");
        break;
    case EXPR_LAMBDA:
        put(o, "Lambda(");
        dump_arguments(o, e->v.lambda.args);
        put(o, ", ");
        dump_expr(o, e->v.lambda.body);
        put(o, ")");
        break;
    case EXPR_IF_EXP:
        put(o, "IfExp(");
        dump_expr(o, e->v.if_exp.test);
        put(o, ", ");
        dump_expr(o, e->v.if_exp.body);
        put(o, ", ");
        dump_expr(o, e->v.if_exp.orelse);
        put(o, ")");
        break;
    case EXPR_DICT: dump_dict(o, e); break;
    case EXPR_SET: dump_seq(o, "Set", e); break;
    case EXPR_LIST_COMP: comprehension(o, "ListComp", e); break;
    case EXPR_SET_COMP: comprehension(o, "SetComp", e); break;
    case EXPR_DICT_COMP: comprehension(o, "DictComp", e); break;
    case EXPR_GENERATOR_EXP: comprehension(o, "GeneratorExp", e); break;
    case EXPR_YIELD:
        put(o, "Yield(");
        opt_expr(o, e->v.yield_.value);
        put(o, ")");
        break;
    case EXPR_YIELD_FROM:
        put(o, "YieldFrom(");
        dump_expr(o, e->v.yield_.value);
        put(o, ")");
        break;
    case EXPR_COMPARE: dump_compare(o, e); break;
    case EXPR_CALL:
        put(o, "Call(");
        dump_expr(o, e->v.call.func);
        put(o, ", ");
        expr_list(o, e->v.call.args);
        if (e->v.call.keywords.len) {
            put(o, ", ");
            keywords(o, e->v.call.keywords);
        }
        put(o, ")");
        break;
    case EXPR_FORMATTED_VALUE: dump_formatted(o, e); break;
    case EXPR_JOINED_STR:
        put(o, "JoinedStr(");
        expr_list(o, e->v.joined.values);
        put(o, ")");
        break;
    case EXPR_CONSTANT: put(o, consts[e->v.constant]); break;
    case EXPR_INT: dump_int(o, &e->v.int_); break;
    case EXPR_FLOAT:
        put(o, "Float(");
        put_float(o, e->v.float_);
        put(o, ")");
        break;
    case EXPR_STR: put_quoted(o, e->v.str, false); break;
    case EXPR_BYTES: put_quoted(o, e->v.str, true); break;
    case EXPR_ATTRIBUTE:
        put(o, "Attribute(");
        dump_expr(o, e->v.attribute.value);
        put(o, ", ");
        put_str(o, e->v.attribute.attr);
        put(o, ctx_name(e->ctx));
        put(o, ")");
        break;
    case EXPR_SUBSCRIPT:
        put(o, "Subscript(");
        dump_expr(o, e->v.subscript.value);
        put(o, ", ");
        dump_expr(o, e->v.subscript.slice);
        put(o, ctx_name(e->ctx));
        put(o, ")");
        break;
    case EXPR_STARRED:
        put(o, "Starred(");
        dump_expr(o, e->v.starred.value);
        put(o, ctx_name(e->ctx));
        put(o, ")");
        break;
    case EXPR_NAME:
        put(o, "Name(");
        put_str(o, e->v.name.id);
        put(o, ctx_name(e->ctx));
        put(o, ")");
        break;
    case EXPR_LIST: dump_seq(o, "List", e); break;
    case EXPR_TUPLE: dump_seq(o, "Tuple", e); break;
    case EXPR_SLICE:
        put(o, "Slice(");
        opt_expr(o, e->v.slice.lower);
        put(o, ", ");
        opt_expr(o, e->v.slice.upper);
        put(o, ", ");
        opt_expr(o, e->v.slice.step);
        put(o, ")");
        break;
    }
}

static void dump_function(Out *o, const AstStmt *s)
{
    put(o, "FunctionDef(");
    put_str(o, s->v.function_def.name);
    put(o, ", ");
    dump_arguments(o, s->v.function_def.args);
    put(o, ", ");
    stmt_list(o, s->v.function_def.body);
    if (s->v.function_def.decorator_list.len) {
        put(o, ", decorators=");
        expr_list(o, s->v.function_def.decorator_list);
    }
    if (s->v.function_def.returns) {
        put(o, ", returns=");
        dump_expr(o, s->v.function_def.returns);
    }
    put(o, ")");
}

static void dump_class(Out *o, const AstStmt *s)
{
    put(o, "ClassDef(");
    put_str(o, s->v.class_def.name);
    put(o, ", ");
    expr_list(o, s->v.class_def.bases);
    put(o, ", ");
    keywords(o, s->v.class_def.keywords);
    put(o, ", ");
    stmt_list(o, s->v.class_def.body);
    if (s->v.class_def.decorator_list.len) {
        put(o, ", decorators=");
        expr_list(o, s->v.class_def.decorator_list);
    }
    put(o, ")");
}

static void dump_try(Out *o, const AstStmt *s)
{
    put(o, "Try(");
    stmt_list(o, s->v.try_.body);
    put(o, ", [");
    for (uint32_t i = 0; i < s->v.try_.handlers.len; i++) {
        const AstExceptHandler *h = &s->v.try_.handlers.items[i];
        put(o, i ? ", except(" : "except(");
        opt_expr(o, h->type);
        put(o, ", ");
        put_str(o, h->name);
        put(o, ", ");
        stmt_list(o, h->body);
        put(o, ")");
    }
    put(o, "]");
    if (s->v.try_.orelse.len || s->v.try_.finalbody.len) {
        put(o, ", ");
        stmt_list(o, s->v.try_.orelse);
    }
    opt_stmt_list(o, s->v.try_.finalbody);
    put(o, ")");
}

static void dump_with(Out *o, const AstStmt *s)
{
    put(o, "With([");
    for (uint32_t i = 0; i < s->v.with.items.len; i++) {
        const AstWithItem *w = &s->v.with.items.items[i];
        if (i)
            put(o, ", ");
        dump_expr(o, w->context_expr);
        if (w->optional_vars) {
            put(o, " as ");
            dump_expr(o, w->optional_vars);
        }
    }
    put(o, "], ");
    stmt_list(o, s->v.with.body);
    put(o, ")");
}

static void aliases(Out *o, AstAliasList l)
{
    put(o, "[");
    for (uint32_t i = 0; i < l.len; i++) {
        if (i)
            put(o, ", ");
        put_n(o, l.items[i].name.data, l.items[i].name.len);
        if (l.items[i].asname.data) {
            put(o, " as ");
            put_n(o, l.items[i].asname.data, l.items[i].asname.len);
        }
    }
    put(o, "]");
}

static void dump_names(Out *o, const char *name, AstStrList l)
{
    put(o, name);
    put(o, "([");
    for (uint32_t i = 0; i < l.len; i++) {
        if (i)
            put(o, ", ");
        put_str(o, l.items[i]);
    }
    put(o, "])");
}

/* For, While, If: (head, [body], [orelse]) with orelse only if present. */
static void dump_loop(Out *o, const char *name, const AstExpr *a, const AstExpr *b,
                      AstStmtList body, AstStmtList orelse)
{
    put(o, name);
    put(o, "(");
    dump_expr(o, a);
    if (b) {
        put(o, ", ");
        dump_expr(o, b);
    }
    put(o, ", ");
    stmt_list(o, body);
    opt_stmt_list(o, orelse);
    put(o, ")");
}

static void dump_stmt(Out *o, const AstStmt *s)
{
    put_pos(o, s->line, s->col);
    switch ((AstStmtKind)s->kind) {
    case STMT_FUNCTION_DEF: dump_function(o, s); break;
    case STMT_CLASS_DEF: dump_class(o, s); break;
    case STMT_RETURN:
        put(o, "Return(");
        opt_expr(o, s->v.return_.value);
        put(o, ")");
        break;
    case STMT_DELETE:
        put(o, "Delete(");
        expr_list(o, s->v.delete.targets);
        put(o, ")");
        break;
    case STMT_ASSIGN:
        put(o, "Assign(");
        expr_list(o, s->v.assign.targets);
        put(o, ", ");
        dump_expr(o, s->v.assign.value);
        put(o, ")");
        break;
    case STMT_AUG_ASSIGN:
        put(o, "AugAssign(");
        dump_expr(o, s->v.aug_assign.target);
        put(o, ", ");
        put(o, binop_name(s->v.aug_assign.op));
        put(o, ", ");
        dump_expr(o, s->v.aug_assign.value);
        put(o, ")");
        break;
    case STMT_ANN_ASSIGN:
        put(o, "AnnAssign(");
        dump_expr(o, s->v.ann_assign.target);
        put(o, ", ");
        dump_expr(o, s->v.ann_assign.annotation);
        put(o, ", ");
        opt_expr(o, s->v.ann_assign.value);
        put(o, s->v.ann_assign.simple ? ", 1)" : ", 0)");
        break;
    case STMT_FOR:
        dump_loop(o, "For", s->v.for_.target, s->v.for_.iter, s->v.for_.body, s->v.for_.orelse);
        break;
    case STMT_WHILE:
        dump_loop(o, "While", s->v.while_.test, NULL, s->v.while_.body, s->v.while_.orelse);
        break;
    case STMT_IF:
        dump_loop(o, "If", s->v.if_.test, NULL, s->v.if_.body, s->v.if_.orelse);
        break;
    case STMT_WITH: dump_with(o, s); break;
    case STMT_RAISE:
        put(o, "Raise(");
        opt_expr(o, s->v.raise.exc);
        put(o, ", ");
        opt_expr(o, s->v.raise.cause);
        put(o, ")");
        break;
    case STMT_TRY: dump_try(o, s); break;
    case STMT_ASSERT:
        put(o, "Assert(");
        dump_expr(o, s->v.assert_.test);
        put(o, ", ");
        opt_expr(o, s->v.assert_.msg);
        put(o, ")");
        break;
    case STMT_IMPORT:
        put(o, "Import(");
        aliases(o, s->v.import.names);
        put(o, ")");
        break;
    case STMT_IMPORT_FROM:
        put(o, "ImportFrom(");
        put_str(o, s->v.import_from.module);
        put(o, ", ");
        aliases(o, s->v.import_from.names);
        put(o, ", ");
        put_int(o, s->v.import_from.level);
        put(o, ")");
        break;
    case STMT_GLOBAL: dump_names(o, "Global", s->v.names); break;
    case STMT_NONLOCAL: dump_names(o, "Nonlocal", s->v.names); break;
    case STMT_EXPR:
        put(o, "Expr(");
        dump_expr(o, s->v.expr.value);
        put(o, ")");
        break;
    case STMT_PASS: put(o, "Pass"); break;
    case STMT_BREAK: put(o, "Break"); break;
    case STMT_CONTINUE: put(o, "Continue"); break;
    }
}

static void dump_module(const AstModule *m, AstWriteFn write, void *ctx, bool positions)
{
    Out o = {write, ctx, positions};
    put(&o, "Module(");
    stmt_list(&o, m->body);
    put(&o, ")");
}

void ast_dump_module(const AstModule *m, AstWriteFn write, void *ctx)
{
    dump_module(m, write, ctx, false);
}

void ast_dump_module_positions(const AstModule *m, AstWriteFn write, void *ctx)
{
    dump_module(m, write, ctx, true);
}

void ast_dump_stmt(const AstStmt *s, AstWriteFn write, void *ctx)
{
    Out o = {write, ctx, false};
    dump_stmt(&o, s);
}

void ast_dump_expr(const AstExpr *e, AstWriteFn write, void *ctx)
{
    Out o = {write, ctx, false};
    dump_expr(&o, e);
}
