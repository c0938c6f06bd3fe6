/*
 * parse.c - recursive-descent parser from tokens (lexer.c) to the AST
 * (ast.h), following the structure of CPython's grammar.
 *
 * One token of lookahead (`tok`) plus an optional second (`ahead`) for the
 * few places that need it (`not in`, a bare `*` among parameters). Every function
 * returns NULL / false after the first error, which is recorded in
 * *p->err; callers check and return at once, so there is no longjmp.
 * Binary operators are parsed by precedence climbing. The one place that
 * backtracks is `with (`: the parenthesised item list is tried first and,
 * if it does not fit, the saved parser state is restored (as CPython does).
 *
 * Depth: every construct that nests in the tree (brackets, unary operators,
 * operator chains, trailers, blocks, elif chains) increments p->depth, up to
 * PARSE_MAX_DEPTH. Every cycle of recursion in the parser passes through
 * such an increment, so the parser's recursion is bounded, and so is the
 * height of the tree (a few nodes per level: IfExp, BoolOp, Compare ... sit
 * between two increments); later passes can recurse over the tree safely.
 *
 * f-strings are split here: literal parts are decoded by the lexer, each
 * replacement field is parsed by a sub-parser whose lexer runs over the
 * field's text with the right line and column.
 */
#include "parse.h"

#include <stdarg.h>
#include <string.h>

#include "lexer.h"

typedef struct Parser Parser;

struct Parser {
    Lexer lx;
    Arena *arena;
    ParseError *err;
    Token tok;            /* current token */
    Token ahead;          /* the one after it, when has_ahead */
    bool has_ahead;
    bool interactive;
    bool lex_failed;      /* the error came from the lexer */
    int depth;
    int str_line, str_col;   /* start of the string literals being joined */
    Parser *sub;          /* reused for f-string fields, one per nesting level */
    Parser *saved;        /* state saved for the `with (` trial parse */
};

/* A growable array in the arena; old storage is abandoned when it grows. */
typedef struct Vec {
    void *data;
    uint32_t len, cap;
} Vec;

static AstExpr *parse_expr(Parser *p);
static AstExpr *parse_named(Parser *p);
static AstExpr *parse_star_exprs(Parser *p);
static AstExpr *parse_or(Parser *p);
static AstExpr *parse_bitor(Parser *p);
static AstExpr *parse_factor(Parser *p);
static AstExpr *parse_yield_or_star_exprs(Parser *p);
static bool parse_statement(Parser *p, Vec *out);
static bool parse_comprehension(Parser *p, AstComprehensionList *out);
static AstArguments *parse_params(Parser *p, TokType close, bool annotations);
static AstExpr *no_bare_star(Parser *p, AstExpr *e);

/* ---- errors and tokens -------------------------------------------------- */

static bool ok(const Parser *p)
{
    return p->err->kind == PARSE_OK;
}

static void *fail_at(Parser *p, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lexer_verror(p->err, PARSE_SYNTAX_ERROR, line, col, fmt, ap);
    va_end(ap);
    return NULL;
}

/* The same, for functions that return bool. */
static bool error_at(Parser *p, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lexer_verror(p->err, PARSE_SYNTAX_ERROR, line, col, fmt, ap);
    va_end(ap);
    return false;
}

static void *indent_error(Parser *p, const char *fmt, const char *what, int line)
{
    lexer_error(p->err, PARSE_INDENTATION_ERROR, p->tok.line, p->tok.col, fmt, what, line);
    return NULL;
}

static bool no_memory(Parser *p)
{
    return lexer_error(p->err, PARSE_NO_MEMORY, p->tok.line, p->tok.col, "out of memory");
}

/* "invalid syntax" at the current token. Like CPython, blame a bracket
 * left open on an earlier line when there is one: that is the usual cause. */
static void *fail_syntax(Parser *p)
{
    if (p->tok.type == TOK_INDENT)
        return indent_error(p, "unexpected indent", NULL, 0);
    const Lexer *lx = &p->lx;
    if (lx->paren_top > 0 && !lx->sub && !p->has_ahead) {
        const LexerParen *pp = &lx->parens[lx->paren_top - 1];
        if (pp->line < p->tok.line)
            return fail_at(p, pp->line, pp->col, "'%c' was never closed", pp->ch);
    }
    return fail_at(p, p->tok.line, p->tok.col, "invalid syntax");
}

static bool syntax_error(Parser *p)
{
    fail_syntax(p);
    return false;
}

static void advance(Parser *p)
{
    if (p->has_ahead) {
        p->tok = p->ahead;
        p->has_ahead = false;
    } else if (!lexer_next(&p->lx, &p->tok)) {
        p->tok.type = TOK_EOF;
        p->lex_failed = true;
    }
}

static TokType peek(Parser *p)
{
    if (!p->has_ahead) {
        if (!lexer_next(&p->lx, &p->ahead)) {
            p->ahead.type = TOK_EOF;
            p->lex_failed = true;
        }
        p->has_ahead = true;
    }
    return (TokType)p->ahead.type;
}

static bool at(const Parser *p, TokType t)
{
    return p->tok.type == t;
}

static bool accept(Parser *p, TokType t)
{
    if (p->tok.type != t)
        return false;
    advance(p);
    return true;
}

static bool expect(Parser *p, TokType t)
{
    if (accept(p, t))
        return true;
    if (!ok(p))
        return false;
    if (t == TOK_COLON)
        return error_at(p, p->tok.line, p->tok.col, "expected ':'");
    return syntax_error(p);
}

static bool enter(Parser *p)
{
    if (++p->depth <= PARSE_MAX_DEPTH)
        return true;
    fail_at(p, p->tok.line, p->tok.col, "expression too deeply nested");
    return false;
}

/* ---- allocation ----------------------------------------------------------- */

static void *alloc(Parser *p, size_t n)
{
    void *r = arena_zalloc(p->arena, n);
    if (!r)
        no_memory(p);
    return r;
}

static bool vec_push(Parser *p, Vec *v, const void *elem, size_t size)
{
    if (v->len == v->cap) {
        uint32_t cap = v->cap ? v->cap * 2 : 4;
        if (cap > UINT32_MAX / size / 2)
            return no_memory(p);
        void *d = arena_alloc(p->arena, (size_t)cap * size);
        if (!d)
            return no_memory(p);
        if (v->len)
            memcpy(d, v->data, (size_t)v->len * size);
        v->data = d;
        v->cap = cap;
    }
    memcpy((char *)v->data + (size_t)v->len * size, elem, size);
    v->len++;
    return true;
}

static bool push_ptr(Parser *p, Vec *v, void *ptr)
{
    return ptr && vec_push(p, v, &ptr, sizeof ptr);
}

static AstExprList expr_list(Vec v)
{
    return (AstExprList){(AstExpr **)v.data, v.len};
}

static AstStmtList stmt_list(Vec v)
{
    return (AstStmtList){(AstStmt **)v.data, v.len};
}

static AstExpr *new_expr(Parser *p, AstExprKind kind, int line, int col)
{
    AstExpr *e = alloc(p, sizeof *e);
    if (e) {
        e->kind = (uint8_t)kind;
        e->line = line;
        e->col = col;
    }
    return e;
}

static AstExpr *new_expr_at(Parser *p, AstExprKind kind, const AstExpr *where)
{
    return new_expr(p, kind, where->line, where->col);
}

/* Where an expression starts. Like CPython, a node whose first operand is
 * parenthesised starts at the '(' (the operand itself keeps its own). */
typedef struct Pos {
    int line, col;
} Pos;

static Pos here(const Parser *p)
{
    Pos r = {p->tok.line, p->tok.col};
    return r;
}

static AstExpr *new_expr_pos(Parser *p, AstExprKind kind, Pos pos)
{
    return new_expr(p, kind, pos.line, pos.col);
}

static AstStmt *new_stmt(Parser *p, AstStmtKind kind, int line, int col)
{
    AstStmt *s = alloc(p, sizeof *s);
    if (s) {
        s->kind = (uint8_t)kind;
        s->line = line;
        s->col = col;
    }
    return s;
}

static AstStr copy_str(Parser *p, const char *s, uint32_t n)
{
    AstStr r = {NULL, 0};
    char *d = arena_alloc(p->arena, (size_t)n + 1);
    if (!d) {
        no_memory(p);
        return r;
    }
    memcpy(d, s, n);
    d[n] = '\0';
    r.data = d;
    r.len = n;
    return r;
}

/* The current NAME token as an identifier; advances past it. */
static AstStr take_name(Parser *p)
{
    AstStr r = {NULL, 0};
    if (!at(p, TOK_NAME)) {
        fail_syntax(p);
        return r;
    }
    r = copy_str(p, p->tok.start, p->tok.len);
    advance(p);
    return r;
}

static bool str_is(AstStr s, const char *c)
{
    return s.data && strlen(c) == s.len && memcmp(s.data, c, s.len) == 0;
}

/* ---- expression targets ------------------------------------------------ */

/* What CPython calls an expression in "cannot assign to ..." messages. */
static const char *expr_name(const AstExpr *e)
{
    switch ((AstExprKind)e->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOL_OP: case EXPR_BIN_OP: case EXPR_UNARY_OP: return "expression";
    case EXPR_GENERATOR_EXP: return "generator expression";
    case EXPR_YIELD: case EXPR_YIELD_FROM: return "yield expression";
    case EXPR_LIST_COMP: return "list comprehension";
    case EXPR_SET_COMP: return "set comprehension";
    case EXPR_DICT_COMP: return "dict comprehension";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_JOINED_STR: case EXPR_FORMATTED_VALUE: return "f-string expression";
    case EXPR_COMPARE: return "comparison";
    case EXPR_IF_EXP: return "conditional expression";
    case EXPR_NAMED_EXPR: return "named expression";
    case EXPR_CONSTANT:
        switch (e->v.constant) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        default: return "ellipsis";
        }
    default: return "literal";
    }
}

/* The first sub-target that cannot be assigned (or deleted), or NULL. */
static const AstExpr *invalid_target(const AstExpr *e, AstContext ctx)
{
    switch ((AstExprKind)e->kind) {
    case EXPR_NAME: case EXPR_ATTRIBUTE: case EXPR_SUBSCRIPT:
        return NULL;
    case EXPR_STARRED:
        return ctx == AST_DEL ? e : invalid_target(e->v.starred.value, ctx);
    case EXPR_TUPLE: case EXPR_LIST:
        for (uint32_t i = 0; i < e->v.seq.elts.len; i++) {
            const AstExpr *bad = invalid_target(e->v.seq.elts.items[i], ctx);
            if (bad)
                return bad;
        }
        return NULL;
    default:
        return e;
    }
}

/* Set ctx on a valid target tree; reports the first problem. The tree
 * height is bounded by the parser, so the recursion is too. */
static bool set_ctx(Parser *p, AstExpr *e, AstContext ctx)
{
    const char *verb = ctx == AST_DEL ? "delete" : "assign to";
    switch ((AstExprKind)e->kind) {
    case EXPR_NAME:
        if (str_is(e->v.name.id, "__debug__"))
            return error_at(p, e->line, e->col, "cannot %s __debug__", verb);
        break;
    case EXPR_ATTRIBUTE: case EXPR_SUBSCRIPT:
        break;
    case EXPR_STARRED:
        if (ctx == AST_DEL)
            return error_at(p, e->line, e->col, "cannot delete starred");
        if (!set_ctx(p, e->v.starred.value, ctx))
            return false;
        break;
    case EXPR_TUPLE: case EXPR_LIST: {
        bool starred = false;
        for (uint32_t i = 0; i < e->v.seq.elts.len; i++) {
            AstExpr *x = e->v.seq.elts.items[i];
            if (x->kind == EXPR_STARRED && ctx == AST_STORE) {
                if (starred)
                    return error_at(p, e->line, e->col,
                                   "multiple starred expressions in assignment");
                starred = true;
            }
            if (!set_ctx(p, x, ctx))
                return false;
        }
        break;
    }
    default:
        return error_at(p, e->line, e->col, "cannot %s %s", verb, expr_name(e));
    }
    e->ctx = (uint8_t)ctx;
    return true;
}

/* A single (non-starred) target of for / with / comprehension / del. */
static bool set_target(Parser *p, AstExpr *e, AstContext ctx)
{
    if (e->kind == EXPR_STARRED && ctx == AST_STORE)
        return error_at(p, e->line, e->col,
                       "starred assignment target must be in a list or tuple");
    return set_ctx(p, e, ctx);
}

/* ---- atoms ------------------------------------------------------------------ */

/* A comprehension follows (`async for` is rejected by parse_comprehension). */
static bool at_comp(const Parser *p)
{
    return at(p, TOK_FOR) || at(p, TOK_ASYNC);
}

static bool starts_expr(TokType t)
{
    switch (t) {
    case TOK_NAME: case TOK_INT: case TOK_FLOAT: case TOK_STRING: case TOK_LPAR:
    case TOK_LSQB: case TOK_LBRACE: case TOK_MINUS: case TOK_PLUS: case TOK_TILDE:
    case TOK_NOT: case TOK_LAMBDA: case TOK_NONE: case TOK_TRUE: case TOK_FALSE:
    case TOK_ELLIPSIS: case TOK_STAR: case TOK_AWAIT: case TOK_YIELD:
        return true;
    default:
        return false;
    }
}

static AstExpr *make_str_part(Parser *p, LexerBuf *buf, int line, int col)
{
    AstExpr *e = new_expr(p, EXPR_STR, line, col);
    if (e) {
        e->v.str.data = buf->data ? buf->data : "";
        e->v.str.len = buf->len;
    }
    buf->data = NULL;
    buf->len = buf->cap = 0;
    return e;
}

/* Literal text gathered so far becomes a Str part (if there is any). */
static bool flush_text(Parser *p, Vec *parts, LexerBuf *buf, int line, int col)
{
    if (buf->len == 0)
        return true;
    return push_ptr(p, parts, make_str_part(p, buf, line, col));
}

static bool fstring_parts(Parser *p, const Token *t, uint32_t *pos, int level,
                          Vec *parts, LexerBuf *buf);

/* The end of a replacement field's expression text, starting at s[i]:
 * the first '}', '!', ':' or debugging '=' outside brackets and strings. */
static bool fstring_expr_end(Parser *p, const Token *t, uint32_t *pos)
{
    const char *s = t->body;
    uint32_t n = t->body_len, i = *pos;
    int depth = 0;
    char quote = 0;
    bool triple = false;
    int line, col;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '\\') {
            lexer_body_pos(&p->lx, t, i, &line, &col);
            return fail_at(p, line, col, "f-string expression part cannot include a backslash");
        }
        if (quote) {
            if (c == quote && (!triple || (i + 2 < n && s[i + 1] == quote && s[i + 2] == quote))) {
                i += triple ? 2 : 0;
                quote = 0;
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
            i += triple ? 2 : 0;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
        } else if (c == '#') {
            lexer_body_pos(&p->lx, t, i, &line, &col);
            return fail_at(p, line, col, "f-string expression part cannot include '#'");
        } else if (depth == 0 && (c == '}' || c == ':' || c == ')' || c == ']')) {
            break;
        } else if (c == '!' || c == '=' || c == '<' || c == '>') {
            if (i + 1 < n && s[i + 1] == '=') {
                i++;
            } else if (depth == 0 && (c == '!' || c == '=')) {
                break;
            }
        }
    }
    if (quote || i >= n || s[i] == ')' || s[i] == ']') {
        lexer_body_pos(&p->lx, t, i < n ? i : n, &line, &col);
        if (quote)
            return fail_at(p, line, col, "f-string: unterminated string");
        if (i >= n)
            return fail_at(p, line, col, "f-string: expecting '}'");
        return fail_at(p, line, col, "f-string: unmatched '%c'", s[i]);
    }
    *pos = i;
    return true;
}

/* Parse s[start, end) of token t as the expression of a replacement field. */
static AstExpr *fstring_expr(Parser *p, const Token *t, uint32_t start, uint32_t end)
{
    const char *s = t->body;
    uint32_t k = start;
    int line, col;
    while (k < end && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f'))
        k++;
    lexer_body_pos(&p->lx, t, start, &line, &col);
    if (k == end) {
        lexer_body_pos(&p->lx, t, end, &line, &col);
        return fail_at(p, line, col, "f-string: empty expression not allowed");
    }
    if (!p->sub && !(p->sub = alloc(p, sizeof *p->sub)))
        return NULL;
    Parser *sp = p->sub;
    Parser *nested = sp->sub;   /* keep the deeper level's parser for reuse */
    lexer_init_sub(&sp->lx, p->arena, s + start, end - start, p->err, line, col);
    sp->arena = p->arena;
    sp->err = p->err;
    sp->has_ahead = false;
    sp->lex_failed = false;
    sp->interactive = false;
    sp->depth = p->depth;
    sp->sub = nested;
    sp->saved = NULL;
    advance(sp);
    if (!enter(sp))
        return NULL;
    bool paren = at(sp, TOK_LPAR);
    AstExpr *e = parse_yield_or_star_exprs(sp);
    if (e && !at(sp, TOK_EOF))
        return fail_at(p, sp->tok.line, sp->tok.col, "f-string: expecting '}'");
    if (e && e->kind == EXPR_TUPLE && !paren) {
        /* CPython parses the field as "(text)": a bare tuple starts at '{' */
        lexer_body_pos(&p->lx, t, start - 1, &e->line, &e->col);
    }
    return e;
}

/* A replacement field; *pos at its '{'. Appends to parts. */
static bool fstring_field(Parser *p, const Token *t, uint32_t *pos, int level,
                          Vec *parts, LexerBuf *buf)
{
    const char *s = t->body;
    uint32_t n = t->body_len, start = *pos + 1, i = start;
    int line, col;
    if (level >= 2) {
        lexer_body_pos(&p->lx, t, *pos, &line, &col);
        return fail_at(p, line, col, "f-string: expressions nested too deeply");
    }
    if (!fstring_expr_end(p, t, &i))
        return false;
    AstExpr *value = fstring_expr(p, t, start, i);
    if (!value)
        return false;
    bool debug = s[i] == '=';
    if (debug) {
        i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (!lexer_buf_append(&p->lx, buf, s + start, i - start))
            return false;
    }
    int conversion = 0;
    if (i < n && s[i] == '!') {
        char c = i + 1 < n ? s[i + 1] : 0;
        lexer_body_pos(&p->lx, t, i + 1, &line, &col);
        if (!c)
            return fail_at(p, line, col, "f-string: expecting '}'");
        if ((c != 'r' && c != 's' && c != 'a') || i + 2 >= n || (s[i + 2] != ':' && s[i + 2] != '}'))
            return fail_at(p, line, col,
                           "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conversion = c;
        i += 2;
    }
    AstExpr *spec = NULL;
    if (i < n && s[i] == ':') {
        Vec spec_parts = {0};
        LexerBuf spec_buf = {0};
        i++;
        if (!fstring_parts(p, t, &i, level + 1, &spec_parts, &spec_buf) ||
            !flush_text(p, &spec_parts, &spec_buf, value->line, value->col) ||
            !(spec = new_expr_at(p, EXPR_JOINED_STR, value)))
            return false;
        spec->v.joined.values = expr_list(spec_parts);
    }
    if (i >= n || s[i] != '}') {
        lexer_body_pos(&p->lx, t, i, &line, &col);
        return fail_at(p, line, col, "f-string: expecting '}'");
    }
    *pos = i + 1;
    if (debug && !conversion && !spec)
        conversion = 'r';
    if (!flush_text(p, parts, buf, p->str_line, p->str_col))
        return false;
    AstExpr *f = new_expr_at(p, EXPR_FORMATTED_VALUE, value);
    if (!f)
        return false;
    f->v.formatted.value = value;
    f->v.formatted.conversion = conversion;
    f->v.formatted.format_spec = spec;
    return push_ptr(p, parts, f);
}

/* f-string text from *pos: literal runs and fields. In a format spec
 * (level > 0) it stops at the closing '}'. */
static bool fstring_parts(Parser *p, const Token *t, uint32_t *pos, int level,
                          Vec *parts, LexerBuf *buf)
{
    const char *s = t->body;
    uint32_t n = t->body_len, i = *pos;
    while (i < n) {
        uint32_t j = i;
        while (j < n && s[j] != '{' && s[j] != '}')
            j++;
        if (j > i && !lexer_decode_string(&p->lx, t, s + i, j - i, i, buf))
            return false;
        i = j;
        if (i >= n)
            break;
        if (level == 0 && i + 1 < n && s[i + 1] == s[i]) {   /* {{ or }}, not in specs */
            if (!lexer_buf_append(&p->lx, buf, s + i, 1))
                return false;
            i += 2;
        } else if (s[i] == '{') {
            if (!fstring_field(p, t, &i, level, parts, buf))
                return false;
        } else if (level > 0) {
            break;
        } else {
            int line, col;
            lexer_body_pos(&p->lx, t, i, &line, &col);
            return fail_at(p, line, col, "f-string: single '}' is not allowed");
        }
    }
    *pos = i;
    return true;
}

/* Adjacent string literals, concatenated; a JoinedStr if any is an f-string. */
static AstExpr *parse_strings(Parser *p)
{
    int line = p->str_line = p->tok.line, col = p->str_col = p->tok.col;
    bool bytes = p->tok.str_flags & LEXER_STR_BYTES, fstring = false;
    Vec parts = {0};
    LexerBuf buf = {0};
    while (at(p, TOK_STRING)) {
        const Token *t = &p->tok;
        if (((t->str_flags & LEXER_STR_BYTES) != 0) != bytes)
            return fail_at(p, line, col, "cannot mix bytes and nonbytes literals");
        if (t->str_flags & LEXER_STR_F) {
            uint32_t pos = 0;
            fstring = true;
            if (!fstring_parts(p, t, &pos, 0, &parts, &buf))
                return NULL;
        } else if (!lexer_decode_string(&p->lx, t, t->body, t->body_len, 0, &buf)) {
            return NULL;
        }
        advance(p);
    }
    if (!fstring) {
        AstExpr *e = make_str_part(p, &buf, line, col);
        if (e && bytes)
            e->kind = EXPR_BYTES;
        return e;
    }
    AstExpr *e = new_expr(p, EXPR_JOINED_STR, line, col);
    if (!e || !flush_text(p, &parts, &buf, line, col))
        return NULL;
    e->v.joined.values = expr_list(parts);
    return e;
}

static AstExpr *parse_number(Parser *p)
{
    AstExpr *e = new_expr(p, at(p, TOK_INT) ? EXPR_INT : EXPR_FLOAT, p->tok.line, p->tok.col);
    if (!e)
        return NULL;
    if (e->kind == EXPR_INT)
        e->v.int_ = p->tok.ival;
    else
        e->v.float_ = p->tok.fval;
    advance(p);
    return e;
}

static AstExpr *parse_constant(Parser *p, AstConstKind k)
{
    AstExpr *e = new_expr(p, EXPR_CONSTANT, p->tok.line, p->tok.col);
    if (e)
        e->v.constant = k;
    advance(p);
    return e;
}

static AstExpr *parse_name(Parser *p)
{
    AstExpr *e = new_expr(p, EXPR_NAME, p->tok.line, p->tok.col);
    if (!e)
        return NULL;
    e->v.name.id = take_name(p);
    return ok(p) ? e : NULL;
}

/* `*` bitwise_or, in displays and target lists; `*` expression in calls
 * and star annotations (full_operand). */
static AstExpr *parse_starred_of(Parser *p, bool full_operand)
{
    AstExpr *e = new_expr(p, EXPR_STARRED, p->tok.line, p->tok.col);
    advance(p);
    if (!e || !(e->v.starred.value = full_operand ? parse_expr(p) : parse_bitor(p)))
        return NULL;
    return e;
}

static AstExpr *parse_starred(Parser *p)
{
    return parse_starred_of(p, false);
}

/* star_named_expression: an element of a list, tuple or set display. */
static AstExpr *parse_star_named(Parser *p)
{
    return at(p, TOK_STAR) ? parse_starred(p) : parse_named(p);
}

static AstExpr *parse_comp(Parser *p, AstExprKind kind, AstExpr *elt, int line, int col)
{
    AstExpr *e = new_expr(p, kind, line, col);
    if (!e)
        return NULL;
    if (elt->kind == EXPR_STARRED)
        return fail_at(p, elt->line, elt->col, "iterable unpacking cannot be used in comprehension");
    e->v.comp.elt = elt;
    return parse_comprehension(p, &e->v.comp.generators) ? e : NULL;
}

/* Comma-separated star_named_expressions after `first`, up to `close`. */
static bool parse_elements(Parser *p, AstExpr *first, TokType close, Vec *elts)
{
    if (!push_ptr(p, elts, first))
        return false;
    while (accept(p, TOK_COMMA) && !at(p, close)) {
        if (!push_ptr(p, elts, parse_star_named(p)))
            return false;
    }
    return ok(p);
}

static AstExpr *new_seq(Parser *p, AstExprKind kind, Vec elts, int line, int col)
{
    AstExpr *e = new_expr(p, kind, line, col);
    if (e)
        e->v.seq.elts = expr_list(elts);
    return e;
}

/* ( ... ): group, tuple, generator expression or yield. */
static AstExpr *parse_paren(Parser *p)
{
    int line = p->tok.line, col = p->tok.col;
    Vec elts = {0};
    advance(p);
    if (accept(p, TOK_RPAR))
        return new_seq(p, EXPR_TUPLE, elts, line, col);
    if (at(p, TOK_YIELD)) {
        AstExpr *y = parse_yield_or_star_exprs(p);
        return y && expect(p, TOK_RPAR) ? y : NULL;
    }
    AstExpr *first = parse_star_named(p), *e = first;
    if (!first)
        return NULL;
    if (at_comp(p)) {
        e = parse_comp(p, EXPR_GENERATOR_EXP, first, line, col);
    } else if (at(p, TOK_COMMA)) {
        e = parse_elements(p, first, TOK_RPAR, &elts) ? new_seq(p, EXPR_TUPLE, elts, line, col) : NULL;
    } else if (first->kind == EXPR_STARRED) {
        return fail_at(p, first->line, first->col, "cannot use starred expression here");
    }
    return e && expect(p, TOK_RPAR) ? e : NULL;
}

static AstExpr *parse_list(Parser *p)
{
    int line = p->tok.line, col = p->tok.col;
    Vec elts = {0};
    advance(p);
    AstExpr *e;
    if (at(p, TOK_RSQB)) {
        e = new_seq(p, EXPR_LIST, elts, line, col);
    } else {
        AstExpr *first = parse_star_named(p);
        if (!first)
            return NULL;
        if (at_comp(p))
            e = parse_comp(p, EXPR_LIST_COMP, first, line, col);
        else
            e = parse_elements(p, first, TOK_RSQB, &elts) ? new_seq(p, EXPR_LIST, elts, line, col) : NULL;
    }
    return e && expect(p, TOK_RSQB) ? e : NULL;
}

/* One `key: value` or `**mapping` of a dict display. */
static bool parse_dict_item(Parser *p, Vec *keys, Vec *values)
{
    AstExpr *k = NULL, *v;
    if (accept(p, TOK_DSTAR)) {
        v = parse_bitor(p);
    } else {
        if (!(k = parse_expr(p)) || !expect(p, TOK_COLON))
            return false;
        v = parse_expr(p);
    }
    return v && vec_push(p, keys, &k, sizeof k) && push_ptr(p, values, v);
}

static AstExpr *parse_dict_rest(Parser *p, Vec *keys, Vec *values, int line, int col)
{
    while (accept(p, TOK_COMMA) && !at(p, TOK_RBRACE))
        if (!parse_dict_item(p, keys, values))
            return NULL;
    AstExpr *e = ok(p) ? new_expr(p, EXPR_DICT, line, col) : NULL;
    if (e) {
        e->v.dict.keys = expr_list(*keys);
        e->v.dict.values = expr_list(*values);
    }
    return e;
}

/* { ... }: dict or set display or comprehension. */
static AstExpr *parse_brace(Parser *p)
{
    int line = p->tok.line, col = p->tok.col;
    Vec keys = {0}, values = {0};
    AstExpr *e = NULL;
    advance(p);
    if (at(p, TOK_RBRACE)) {
        e = parse_dict_rest(p, &keys, &values, line, col);
    } else if (at(p, TOK_DSTAR)) {
        if (parse_dict_item(p, &keys, &values))
            e = parse_dict_rest(p, &keys, &values, line, col);
    } else {
        AstExpr *first = parse_star_named(p);
        if (!first)
            return NULL;
        if (first->kind != EXPR_STARRED && accept(p, TOK_COLON)) {
            AstExpr *v = parse_expr(p);
            if (!v)
                return NULL;
            if (at_comp(p)) {
                e = parse_comp(p, EXPR_DICT_COMP, first, line, col);
                if (e)
                    e->v.comp.value = v;
            } else if (push_ptr(p, &keys, first) && push_ptr(p, &values, v)) {
                e = parse_dict_rest(p, &keys, &values, line, col);
            }
        } else if (at_comp(p)) {
            e = parse_comp(p, EXPR_SET_COMP, first, line, col);
        } else if (parse_elements(p, first, TOK_RBRACE, &values)) {
            e = new_seq(p, EXPR_SET, values, line, col);
        }
    }
    return e && expect(p, TOK_RBRACE) ? e : NULL;
}

static AstExpr *parse_atom(Parser *p)
{
    switch ((TokType)p->tok.type) {
    case TOK_NAME: return parse_name(p);
    case TOK_INT: case TOK_FLOAT: return parse_number(p);
    case TOK_STRING: return parse_strings(p);
    case TOK_NONE: return parse_constant(p, AST_CONST_NONE);
    case TOK_TRUE: return parse_constant(p, AST_CONST_TRUE);
    case TOK_FALSE: return parse_constant(p, AST_CONST_FALSE);
    case TOK_ELLIPSIS: return parse_constant(p, AST_CONST_ELLIPSIS);
    case TOK_LPAR: return parse_paren(p);
    case TOK_LSQB: return parse_list(p);
    case TOK_LBRACE: return parse_brace(p);
    case TOK_AWAIT:
        return fail_at(p, p->tok.line, p->tok.col, "'await' is not supported");
    default:
        return fail_syntax(p);
    }
}

/* ---- trailers: calls, subscripts, attributes ------------------------------- */

static bool add_keyword(Parser *p, Vec *kws, AstStr arg, AstExpr *value, int line, int col)
{
    AstKeyword *k = kws->data;
    for (uint32_t i = 0; arg.data && i < kws->len; i++)
        if (k[i].arg.data && k[i].arg.len == arg.len && memcmp(k[i].arg.data, arg.data, arg.len) == 0)
            return error_at(p, line, col, "keyword argument repeated: %s", arg.data);
    AstKeyword kw = {arg, value, line, col};
    return vec_push(p, kws, &kw, sizeof kw);
}

/* `name=value` once the `=` is current; `target` is what came before it. */
static bool parse_keyword_arg(Parser *p, AstExpr *target, Vec *kws)
{
    if (target->kind != EXPR_NAME) {
        if (target->kind == EXPR_CONSTANT)
            return error_at(p, target->line, target->col, "cannot assign to %s", expr_name(target));
        return error_at(p, target->line, target->col,
                       "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    advance(p);
    AstExpr *v = parse_expr(p);
    return v && add_keyword(p, kws, target->v.name.id, v, target->line, target->col);
}

/* Arguments of a call or class header up to and including ')'. `open` is
 * the call's '(' (where a sole generator argument starts), NULL in a class
 * header, where a generator is not allowed. */
static bool parse_args(Parser *p, Vec *args, Vec *kws, const Pos *open)
{
    bool seen_kw = false, seen_dstar = false;
    while (!at(p, TOK_RPAR)) {
        int line = p->tok.line, col = p->tok.col;
        if (at(p, TOK_STAR)) {
            if (seen_dstar)
                return error_at(p, line, col,
                               "iterable argument unpacking follows keyword argument unpacking");
            if (!push_ptr(p, args, parse_starred_of(p, true)))
                return false;
        } else if (accept(p, TOK_DSTAR)) {
            AstExpr *v = parse_expr(p);
            AstStr none = {NULL, 0};
            if (!v || !add_keyword(p, kws, none, v, line, col))
                return false;
            seen_dstar = true;
        } else {
            AstExpr *e = parse_named(p);
            if (!e)
                return false;
            if (at(p, TOK_EQUAL)) {
                if (!parse_keyword_arg(p, e, kws))
                    return false;
                seen_kw = true;
            } else if (at_comp(p)) {
                if (!open)
                    return syntax_error(p);
                /* only a sole argument may be an unparenthesised generator */
                if (args->len || kws->len)
                    return error_at(p, line, col, "Generator expression must be parenthesized");
                if (!(e = parse_comp(p, EXPR_GENERATOR_EXP, e, open->line, open->col)))
                    return false;
                if (!at(p, TOK_RPAR))
                    return error_at(p, line, col, "Generator expression must be parenthesized");
                if (!push_ptr(p, args, e))
                    return false;
            } else if (seen_kw || seen_dstar) {
                return error_at(p, line, col, seen_dstar
                                   ? "positional argument follows keyword argument unpacking"
                                   : "positional argument follows keyword argument");
            } else if (!push_ptr(p, args, e)) {
                return false;
            }
        }
        if (!accept(p, TOK_COMMA))
            break;
    }
    return expect(p, TOK_RPAR);
}

/* One subscript element: a slice lower:upper:step or an expression. */
static AstExpr *parse_slice(Parser *p)
{
    int line = p->tok.line, col = p->tok.col;
    AstExpr *lower = NULL;
    if (at(p, TOK_STAR))
        return parse_starred(p);
    if (!at(p, TOK_COLON)) {
        if (!(lower = parse_named(p)) || !at(p, TOK_COLON))
            return lower;
    }
    AstExpr *e = new_expr(p, EXPR_SLICE, line, col);
    if (!e)
        return NULL;
    e->v.slice.lower = lower;
    advance(p);
    if (!at(p, TOK_COLON) && !at(p, TOK_COMMA) && !at(p, TOK_RSQB) &&
        !(e->v.slice.upper = parse_expr(p)))
        return NULL;
    if (accept(p, TOK_COLON) && !at(p, TOK_COMMA) && !at(p, TOK_RSQB) &&
        !(e->v.slice.step = parse_expr(p)))
        return NULL;
    return ok(p) ? e : NULL;
}

static AstExpr *parse_subscript(Parser *p, AstExpr *value, Pos start)
{
    AstExpr *e = new_expr_pos(p, EXPR_SUBSCRIPT, start);
    advance(p);
    if (!e)
        return NULL;
    e->v.subscript.value = value;
    int line = p->tok.line, col = p->tok.col;
    AstExpr *first = parse_slice(p);
    if (!first)
        return NULL;
    if (at(p, TOK_COMMA) || first->kind == EXPR_STARRED) {
        Vec elts = {0};
        if (!push_ptr(p, &elts, first))
            return NULL;
        while (accept(p, TOK_COMMA) && !at(p, TOK_RSQB))
            if (!push_ptr(p, &elts, parse_slice(p)))
                return NULL;
        first = new_seq(p, EXPR_TUPLE, elts, line, col);
    }
    e->v.subscript.slice = first;
    return first && expect(p, TOK_RSQB) ? e : NULL;
}

static AstExpr *parse_call(Parser *p, AstExpr *func, Pos start)
{
    AstExpr *e = new_expr_pos(p, EXPR_CALL, start);
    Vec args = {0}, kws = {0};
    Pos open = here(p);
    advance(p);
    if (!e || !parse_args(p, &args, &kws, &open))
        return NULL;
    e->v.call.func = func;
    e->v.call.args = expr_list(args);
    e->v.call.keywords = (AstKeywordList){kws.data, kws.len};
    return e;
}

static AstExpr *parse_attribute(Parser *p, AstExpr *value, Pos start)
{
    AstExpr *e = new_expr_pos(p, EXPR_ATTRIBUTE, start);
    advance(p);
    if (!e)
        return NULL;
    e->v.attribute.value = value;
    e->v.attribute.attr = take_name(p);
    return ok(p) ? e : NULL;
}

static AstExpr *parse_primary(Parser *p)
{
    int depth = p->depth;
    Pos start = here(p);
    AstExpr *e = parse_atom(p);
    while (e) {
        if (at(p, TOK_DOT) || at(p, TOK_LPAR) || at(p, TOK_LSQB)) {
            if (!enter(p))
                return NULL;
        }
        if (at(p, TOK_DOT))
            e = parse_attribute(p, e, start);
        else if (at(p, TOK_LPAR))
            e = parse_call(p, e, start);
        else if (at(p, TOK_LSQB))
            e = parse_subscript(p, e, start);
        else
            break;
    }
    p->depth = depth;
    return e;
}

/* ---- operators ---------------------------------------------------------------- */

static AstExpr *parse_power(Parser *p)
{
    Pos start = here(p);
    AstExpr *left = parse_primary(p);
    if (!left || !at(p, TOK_DSTAR))
        return left;
    advance(p);
    if (!enter(p))
        return NULL;
    AstExpr *right = parse_factor(p);   /* right-associative, binds unary on its right */
    p->depth--;
    AstExpr *e = right ? new_expr_pos(p, EXPR_BIN_OP, start) : NULL;
    if (e) {
        e->v.bin_op.left = left;
        e->v.bin_op.op = AST_POW;
        e->v.bin_op.right = right;
    }
    return e;
}

static AstExpr *parse_factor(Parser *p)
{
    AstUnaryOp op;
    switch ((TokType)p->tok.type) {
    case TOK_MINUS: op = AST_USUB; break;
    case TOK_PLUS: op = AST_UADD; break;
    case TOK_TILDE: op = AST_INVERT; break;
    default: return parse_power(p);
    }
    AstExpr *e = new_expr(p, EXPR_UNARY_OP, p->tok.line, p->tok.col);
    advance(p);
    if (!e || !enter(p))
        return NULL;
    e->v.unary_op.op = op;
    e->v.unary_op.operand = parse_factor(p);
    p->depth--;
    return e->v.unary_op.operand ? e : NULL;
}

/* Binary operator precedence from `|` (1) to `*` (6); 0 = not binary. */
static int binop_prec(TokType t, AstBinOp *op)
{
    switch (t) {
    case TOK_VBAR: *op = AST_BITOR; return 1;
    case TOK_CARET: *op = AST_BITXOR; return 2;
    case TOK_AMP: *op = AST_BITAND; return 3;
    case TOK_LSHIFT: *op = AST_LSHIFT; return 4;
    case TOK_RSHIFT: *op = AST_RSHIFT; return 4;
    case TOK_PLUS: *op = AST_ADD; return 5;
    case TOK_MINUS: *op = AST_SUB; return 5;
    case TOK_STAR: *op = AST_MULT; return 6;
    case TOK_SLASH: *op = AST_DIV; return 6;
    case TOK_DSLASH: *op = AST_FLOORDIV; return 6;
    case TOK_PERCENT: *op = AST_MOD; return 6;
    case TOK_AT: *op = AST_MATMULT; return 6;
    default: return 0;
    }
}

/* Precedence climbing over the left-associative binary operators. Each
 * link of a chain counts as one level of depth (the tree gets deeper). */
static AstExpr *parse_binary(Parser *p, int min_prec)
{
    int depth = p->depth;
    Pos start = here(p);
    AstExpr *left = parse_factor(p);
    AstBinOp op;
    int prec;
    while (left && (prec = binop_prec((TokType)p->tok.type, &op)) >= min_prec && prec) {
        advance(p);
        if (!enter(p))
            return NULL;
        AstExpr *right = parse_binary(p, prec + 1);
        AstExpr *e = right ? new_expr_pos(p, EXPR_BIN_OP, start) : NULL;
        if (!e)
            return NULL;
        e->v.bin_op.left = left;
        e->v.bin_op.op = op;
        e->v.bin_op.right = right;
        left = e;
    }
    p->depth = depth;
    return left;
}

static AstExpr *parse_bitor(Parser *p)
{
    return parse_binary(p, 1);
}

/* A comparison operator at the current token (consumed), or false. */
static bool comp_op(Parser *p, AstCmpOp *op)
{
    switch ((TokType)p->tok.type) {
    case TOK_EQEQ: *op = AST_EQ; break;
    case TOK_NE: *op = AST_NOTEQ; break;
    case TOK_LT: *op = AST_LT; break;
    case TOK_LE: *op = AST_LTE; break;
    case TOK_GT: *op = AST_GT; break;
    case TOK_GE: *op = AST_GTE; break;
    case TOK_IN: *op = AST_IN; break;
    case TOK_IS:
        advance(p);
        *op = accept(p, TOK_NOT) ? AST_ISNOT : AST_IS;
        return true;
    case TOK_NOT:
        if (peek(p) != TOK_IN)
            return false;
        advance(p);
        *op = AST_NOTIN;
        break;
    default:
        return false;
    }
    advance(p);
    return true;
}

static AstExpr *parse_comparison(Parser *p)
{
    Pos start = here(p);
    AstExpr *left = parse_bitor(p);
    AstCmpOp op;
    if (!left || !comp_op(p, &op))
        return left;
    Vec ops = {0}, rights = {0};
    do {
        if (!vec_push(p, &ops, &op, sizeof op) || !push_ptr(p, &rights, parse_bitor(p)))
            return NULL;
    } while (comp_op(p, &op));
    AstExpr *e = ok(p) ? new_expr_pos(p, EXPR_COMPARE, start) : NULL;
    if (e) {
        e->v.compare.left = left;
        e->v.compare.ops = ops.data;
        e->v.compare.comparators = expr_list(rights);
    }
    return e;
}

static AstExpr *parse_not(Parser *p)
{
    if (!at(p, TOK_NOT))
        return parse_comparison(p);
    AstExpr *e = new_expr(p, EXPR_UNARY_OP, p->tok.line, p->tok.col);
    advance(p);
    if (!e || !enter(p))
        return NULL;
    e->v.unary_op.op = AST_NOT;
    e->v.unary_op.operand = parse_not(p);
    p->depth--;
    return e->v.unary_op.operand ? e : NULL;
}

/* `and` / `or` chains become one BoolOp with all operands. */
static AstExpr *parse_boolop(Parser *p, TokType tok, AstBoolOp op,
                             AstExpr *(*operand)(Parser *))
{
    Pos start = here(p);
    AstExpr *first = operand(p);
    if (!first || !at(p, tok))
        return first;
    Vec values = {0};
    if (!push_ptr(p, &values, first))
        return NULL;
    while (accept(p, tok))
        if (!push_ptr(p, &values, operand(p)))
            return NULL;
    AstExpr *e = ok(p) ? new_expr_pos(p, EXPR_BOOL_OP, start) : NULL;
    if (e) {
        e->v.bool_op.op = op;
        e->v.bool_op.values = expr_list(values);
    }
    return e;
}

static AstExpr *parse_and(Parser *p)
{
    return parse_boolop(p, TOK_AND, AST_AND, parse_not);
}

static AstExpr *parse_or(Parser *p)
{
    return parse_boolop(p, TOK_OR, AST_OR, parse_and);
}

static AstExpr *parse_lambda(Parser *p)
{
    AstExpr *e = new_expr(p, EXPR_LAMBDA, p->tok.line, p->tok.col);
    advance(p);
    if (!e || !(e->v.lambda.args = parse_params(p, TOK_COLON, false)) || !expect(p, TOK_COLON))
        return NULL;
    e->v.lambda.body = parse_expr(p);
    return e->v.lambda.body ? e : NULL;
}

/* expression: lambda, or disjunction [if disjunction else expression]. */
static AstExpr *parse_expr(Parser *p)
{
    if (!enter(p))
        return NULL;
    AstExpr *e;
    Pos start = here(p);
    if (at(p, TOK_LAMBDA)) {
        e = parse_lambda(p);
    } else if ((e = parse_or(p)) && at(p, TOK_IF)) {
        AstExpr *x = new_expr_pos(p, EXPR_IF_EXP, start);
        advance(p);
        if (!x || !(x->v.if_exp.test = parse_or(p)))
            return NULL;
        if (!at(p, TOK_ELSE))
            return fail_at(p, e->line, e->col, "expected 'else' after 'if' expression");
        advance(p);
        x->v.if_exp.body = e;
        e = (x->v.if_exp.orelse = parse_expr(p)) ? x : NULL;
    }
    p->depth--;
    return e;
}

/* named_expression: NAME := expression, or expression. */
static AstExpr *parse_named(Parser *p)
{
    Pos start = here(p);
    AstExpr *e = parse_expr(p);
    if (!e || !at(p, TOK_WALRUS))
        return e;
    if (e->kind != EXPR_NAME)
        return fail_at(p, e->line, e->col, "cannot use assignment expressions with %s", expr_name(e));
    AstExpr *n = new_expr_pos(p, EXPR_NAMED_EXPR, start);
    advance(p);
    if (!n || !(n->v.named_expr.value = parse_expr(p)))
        return NULL;
    e->ctx = AST_STORE;
    n->v.named_expr.target = e;
    return n;
}

/* star_expression list: a Tuple when there is a comma. */
static AstExpr *parse_star_exprs(Parser *p)
{
    Pos start = here(p);
    AstExpr *first = at(p, TOK_STAR) ? parse_starred(p) : parse_expr(p);
    if (!first || !at(p, TOK_COMMA))
        return first;
    Vec elts = {0};
    if (!push_ptr(p, &elts, first))
        return NULL;
    while (accept(p, TOK_COMMA) && starts_expr((TokType)p->tok.type) && !at(p, TOK_YIELD))
        if (!push_ptr(p, &elts, at(p, TOK_STAR) ? parse_starred(p) : parse_expr(p)))
            return NULL;
    return ok(p) ? new_seq(p, EXPR_TUPLE, elts, start.line, start.col) : NULL;
}

/* yield [from] x, or a star_expression list; yield binds loosest. */
static AstExpr *parse_yield_or_star_exprs(Parser *p)
{
    if (!at(p, TOK_YIELD))
        return parse_star_exprs(p);
    AstExpr *e = new_expr(p, EXPR_YIELD, p->tok.line, p->tok.col);
    advance(p);
    if (!e)
        return NULL;
    if (accept(p, TOK_FROM)) {
        e->kind = EXPR_YIELD_FROM;
        e->v.yield_.value = parse_expr(p);
        return e->v.yield_.value ? e : NULL;
    }
    if (starts_expr((TokType)p->tok.type) && !at(p, TOK_YIELD) &&
        !(e->v.yield_.value = no_bare_star(p, parse_star_exprs(p))))
        return NULL;
    return e;
}

/* star_targets of for / comprehensions: stops before `in`. */
static AstExpr *parse_target_list(Parser *p)
{
    Pos start = here(p);
    AstExpr *first = at(p, TOK_STAR) ? parse_starred(p) : parse_bitor(p);
    if (first && at(p, TOK_COMMA)) {
        Vec elts = {0};
        if (!push_ptr(p, &elts, first))
            return NULL;
        while (accept(p, TOK_COMMA) && (at(p, TOK_STAR) || (starts_expr((TokType)p->tok.type) &&
                                                             !at(p, TOK_NOT) && !at(p, TOK_LAMBDA))))
            if (!push_ptr(p, &elts, at(p, TOK_STAR) ? parse_starred(p) : parse_bitor(p)))
                return NULL;
        first = ok(p) ? new_seq(p, EXPR_TUPLE, elts, start.line, start.col) : NULL;
    }
    if (first && !(first->kind == EXPR_TUPLE ? set_ctx(p, first, AST_STORE)
                                               : set_target(p, first, AST_STORE)))
        return NULL;
    return first;
}

/* for target in iter [if cond]* ... (at least one `for`). */
static bool parse_comprehension(Parser *p, AstComprehensionList *out)
{
    Vec gens = {0};
    while (at(p, TOK_FOR) || at(p, TOK_ASYNC)) {
        if (at(p, TOK_ASYNC))
            return error_at(p, p->tok.line, p->tok.col, "'async' is not supported");
        AstComprehension c = {0};
        Vec ifs = {0};
        advance(p);
        if (!(c.target = parse_target_list(p)) || !expect(p, TOK_IN) || !(c.iter = parse_or(p)))
            return false;
        while (accept(p, TOK_IF))
            if (!push_ptr(p, &ifs, parse_or(p)))
                return false;
        c.ifs = expr_list(ifs);
        if (!vec_push(p, &gens, &c, sizeof c))
            return false;
    }
    out->items = gens.data;
    out->len = gens.len;
    return ok(p);
}

/* ---- parameters ----------------------------------------------------------------- */

typedef struct Params {
    Vec args, defaults, kwonly, kw_defaults;
    AstArguments *a;
    bool star, slash;
} Params;

static bool param_name_unique(Parser *p, const Params *ps, const AstArg *arg)
{
    const Vec *lists[2] = {&ps->args, &ps->kwonly};
    const AstArg *extra[2] = {ps->a->vararg, ps->a->kwarg};
    for (int l = 0; l < 2; l++) {
        const AstArg *items = lists[l]->data;
        for (uint32_t i = 0; i < lists[l]->len; i++)
            if (items[i].name.len == arg->name.len && memcmp(items[i].name.data, arg->name.data, arg->name.len) == 0)
                goto dup;
        if (extra[l] && extra[l] != arg && extra[l]->name.len == arg->name.len &&
            memcmp(extra[l]->name.data, arg->name.data, arg->name.len) == 0)
            goto dup;
    }
    return true;
dup:
    return error_at(p, arg->line, arg->col, "duplicate argument '%s' in function definition",
                   arg->name.data);
}

/* name [: annotation]; *args may have a starred annotation (*args: *Ts). */
static bool parse_param(Parser *p, AstArg *arg, bool annotations, bool star_ok)
{
    arg->line = p->tok.line;
    arg->col = p->tok.col;
    arg->name = take_name(p);
    if (!ok(p))
        return false;
    if (annotations && accept(p, TOK_COLON) &&
        !(arg->annotation = star_ok && at(p, TOK_STAR) ? parse_starred_of(p, true) : parse_expr(p)))
        return false;
    return true;
}

static bool parse_star_param(Parser *p, Params *ps, TokType close, bool annotations)
{
    int line = p->tok.line, col = p->tok.col;
    if (ps->star)
        return error_at(p, line, col, "* argument may appear only once");
    ps->star = true;
    advance(p);
    if (at(p, TOK_COMMA) || at(p, close)) {
        TokType next = at(p, TOK_COMMA) ? peek(p) : close;
        if (next == close || next == TOK_DSTAR)
            return error_at(p, line, col, "named arguments must follow bare *");
        return true;
    }
    AstArg *arg = alloc(p, sizeof *arg);
    if (!arg || !parse_param(p, arg, annotations, true))
        return false;
    ps->a->vararg = arg;
    return param_name_unique(p, ps, arg);
}

static bool parse_plain_param(Parser *p, Params *ps, bool annotations)
{
    AstArg arg = {0};
    AstExpr *def = NULL;
    if (!parse_param(p, &arg, annotations, false) || !param_name_unique(p, ps, &arg))
        return false;
    if (accept(p, TOK_EQUAL) && !(def = parse_expr(p)))
        return false;
    if (ps->star)
        return vec_push(p, &ps->kwonly, &arg, sizeof arg) &&
               vec_push(p, &ps->kw_defaults, &def, sizeof def);
    if (!def && ps->defaults.len)
        return error_at(p, arg.line, arg.col, "non-default argument follows default argument");
    return vec_push(p, &ps->args, &arg, sizeof arg) && (!def || push_ptr(p, &ps->defaults, def));
}

/* Parameters of def (close ')', annotations) or lambda (close ':'). */
static AstArguments *parse_params(Parser *p, TokType close, bool annotations)
{
    Params ps = {0};
    if (!(ps.a = alloc(p, sizeof *ps.a)))
        return NULL;
    while (!at(p, close) && ok(p)) {
        int line = p->tok.line, col = p->tok.col;
        if (ps.a->kwarg)
            return fail_at(p, line, col, "arguments cannot follow var-keyword argument");
        if (accept(p, TOK_SLASH)) {
            if (ps.slash)
                return fail_at(p, line, col, "/ may appear only once");
            if (ps.star)
                return fail_at(p, line, col, "/ must be ahead of *");
            if (!ps.args.len)
                return fail_at(p, line, col, "at least one argument must precede /");
            ps.slash = true;
            ps.a->nposonly = ps.args.len;
        } else if (at(p, TOK_STAR)) {
            if (!parse_star_param(p, &ps, close, annotations))
                return NULL;
        } else if (accept(p, TOK_DSTAR)) {
            AstArg *arg = alloc(p, sizeof *arg);
            if (!arg || !parse_param(p, arg, annotations, false))
                return NULL;
            ps.a->kwarg = arg;
            if (!param_name_unique(p, &ps, arg))
                return NULL;
        } else if (!parse_plain_param(p, &ps, annotations)) {
            return NULL;
        }
        if (!accept(p, TOK_COMMA))
            break;
    }
    if (!ok(p))
        return NULL;
    ps.a->args = (AstArgList){ps.args.data, ps.args.len};
    ps.a->defaults = expr_list(ps.defaults);
    ps.a->kwonlyargs = (AstArgList){ps.kwonly.data, ps.kwonly.len};
    ps.a->kw_defaults = expr_list(ps.kw_defaults);
    return ps.a;
}

/* ---- simple statements ------------------------------------------------------------ */

/* A value that may not be a lone `*x` (assignment values, return, ...). */
static AstExpr *no_bare_star(Parser *p, AstExpr *e)
{
    if (e && e->kind == EXPR_STARRED)
        return fail_at(p, e->line, e->col, "can't use starred expression here");
    return e;
}

static AstExpr *parse_rhs(Parser *p)
{
    return no_bare_star(p, parse_yield_or_star_exprs(p));
}

/* "cannot assign to X here. Maybe you meant '==' instead of '='?" is what
 * CPython says when the bad target is an operand-level expression that could
 * have been a comparison, and the value after '=' ends the statement. */
static bool maybe_comparison(const AstExpr *bad)
{
    switch ((AstExprKind)bad->kind) {
    case EXPR_COMPARE: case EXPR_BOOL_OP: case EXPR_IF_EXP: case EXPR_LAMBDA:
    case EXPR_NAMED_EXPR: case EXPR_YIELD: case EXPR_YIELD_FROM: case EXPR_LIST:
    case EXPR_TUPLE: case EXPR_GENERATOR_EXP: case EXPR_STARRED:
        return false;
    case EXPR_UNARY_OP:
        return bad->v.unary_op.op != AST_NOT;
    case EXPR_CONSTANT:
        return bad->v.constant == AST_CONST_ELLIPSIS;
    default:
        return true;
    }
}

static bool assign_target(Parser *p, AstExpr *t, bool last, const AstExpr *value)
{
    if (t->kind == EXPR_YIELD || t->kind == EXPR_YIELD_FROM)
        return error_at(p, t->line, t->col, "assignment to yield expression not possible");
    const AstExpr *bad = invalid_target(t, AST_STORE);
    if (bad && last && maybe_comparison(bad) && value->kind != EXPR_TUPLE &&
        (bad == t || (t->kind == EXPR_TUPLE &&
                      t->v.seq.elts.items[t->v.seq.elts.len - 1] == bad)))
        return error_at(p, bad->line, bad->col,
                       "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                       expr_name(bad));
    return set_target(p, t, AST_STORE);
}

static AstStmt *parse_assign(Parser *p, AstExpr *first, int line, int col)
{
    Vec targets = {0};
    AstExpr *value = first;
    while (accept(p, TOK_EQUAL)) {
        if (!push_ptr(p, &targets, value) || !(value = parse_rhs(p)))
            return NULL;
    }
    for (uint32_t i = 0; i < targets.len; i++)
        if (!assign_target(p, ((AstExpr **)targets.data)[i], i + 1 == targets.len, value))
            return NULL;
    AstStmt *s = new_stmt(p, STMT_ASSIGN, line, col);
    if (s) {
        s->v.assign.targets = expr_list(targets);
        s->v.assign.value = value;
    }
    return s;
}

static AstStmt *parse_aug_assign(Parser *p, AstExpr *target, int line, int col)
{
    static const AstBinOp ops[] = {
        AST_ADD, AST_SUB, AST_MULT, AST_DIV, AST_FLOORDIV, AST_MOD, AST_MATMULT,
        AST_POW, AST_BITAND, AST_BITOR, AST_BITXOR, AST_LSHIFT, AST_RSHIFT,
    };
    AstBinOp op = ops[p->tok.type - TOK_FIRST_AUGASSIGN];
    if (target->kind != EXPR_NAME && target->kind != EXPR_ATTRIBUTE &&
        target->kind != EXPR_SUBSCRIPT)
        return fail_at(p, target->line, target->col,
                       "'%s' is an illegal expression for augmented assignment",
                       expr_name(target));
    if (!set_ctx(p, target, AST_STORE))
        return NULL;
    advance(p);
    AstStmt *s = new_stmt(p, STMT_AUG_ASSIGN, line, col);
    if (!s || !(s->v.aug_assign.value = parse_rhs(p)))
        return NULL;
    s->v.aug_assign.target = target;
    s->v.aug_assign.op = op;
    return s;
}

static AstStmt *parse_ann_assign(Parser *p, AstExpr *target, bool parenthesized, int line, int col)
{
    if (target->kind == EXPR_TUPLE || target->kind == EXPR_LIST)
        return fail_at(p, target->line, target->col,
                       "only single target (not %s) can be annotated", expr_name(target));
    if (target->kind != EXPR_NAME && target->kind != EXPR_ATTRIBUTE &&
        target->kind != EXPR_SUBSCRIPT)
        return fail_at(p, target->line, target->col, "illegal target for annotation");
    if (!set_ctx(p, target, AST_STORE))
        return NULL;
    advance(p);
    AstStmt *s = new_stmt(p, STMT_ANN_ASSIGN, line, col);
    if (!s || !(s->v.ann_assign.annotation = parse_expr(p)))
        return NULL;
    s->v.ann_assign.target = target;
    s->v.ann_assign.simple = target->kind == EXPR_NAME && !parenthesized;
    if (accept(p, TOK_EQUAL) && !(s->v.ann_assign.value = parse_rhs(p)))
        return NULL;
    return s;
}

/* Expression statement, assignment, augmented or annotated assignment. */
static AstStmt *parse_expr_stmt(Parser *p)
{
    int line = p->tok.line, col = p->tok.col;
    bool parenthesized = at(p, TOK_LPAR);
    AstExpr *e = parse_yield_or_star_exprs(p);
    if (!e)
        return NULL;
    if (at(p, TOK_EQUAL))
        return parse_assign(p, e, line, col);
    if (p->tok.type >= TOK_FIRST_AUGASSIGN && p->tok.type < TOK_FIRST_KEYWORD)
        return parse_aug_assign(p, e, line, col);
    if (at(p, TOK_COLON))
        return parse_ann_assign(p, e, parenthesized, line, col);
    if (e->kind == EXPR_STARRED)
        return fail_at(p, e->line, e->col, "can't use starred expression here");
    if (e->kind == EXPR_NAME && (str_is(e->v.name.id, "print") || str_is(e->v.name.id, "exec")) &&
        starts_expr((TokType)p->tok.type))
        return fail_at(p, e->line, e->col, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                       e->v.name.id.data, e->v.name.id.data);
    AstStmt *s = new_stmt(p, STMT_EXPR, line, col);
    if (s)
        s->v.expr.value = e;
    return s;
}

/* del target, ... */
static AstStmt *parse_del(Parser *p, int line, int col)
{
    Vec targets = {0};
    do {
        if (!starts_expr((TokType)p->tok.type) && targets.len)
            break;
        AstExpr *t = at(p, TOK_STAR) ? parse_starred(p) : parse_bitor(p);
        if (!t || !set_ctx(p, t, AST_DEL) || !push_ptr(p, &targets, t))
            return NULL;
    } while (accept(p, TOK_COMMA));
    AstStmt *s = new_stmt(p, STMT_DELETE, line, col);
    if (s)
        s->v.delete.targets = expr_list(targets);
    return s;
}

static AstStmt *parse_names_stmt(Parser *p, AstStmtKind kind, int line, int col)
{
    Vec names = {0};
    do {
        AstStr n = take_name(p);
        if (!ok(p) || !vec_push(p, &names, &n, sizeof n))
            return NULL;
    } while (accept(p, TOK_COMMA));
    AstStmt *s = new_stmt(p, kind, line, col);
    if (s)
        s->v.names = (AstStrList){names.data, names.len};
    return s;
}

/* a.b.c as a single string. */
static AstStr parse_dotted_name(Parser *p)
{
    AstStr r = {NULL, 0};
    LexerBuf buf = {0};
    do {
        if (buf.len && !lexer_buf_append(&p->lx, &buf, ".", 1))
            return r;
        if (!at(p, TOK_NAME)) {
            fail_syntax(p);
            return r;
        }
        if (!lexer_buf_append(&p->lx, &buf, p->tok.start, p->tok.len))
            return r;
        advance(p);
    } while (accept(p, TOK_DOT));
    r.data = buf.data;
    r.len = buf.len;
    return r;
}

static bool parse_alias(Parser *p, Vec *names, bool dotted)
{
    AstAlias a = {{NULL, 0}, {NULL, 0}, p->tok.line, p->tok.col};
    a.name = dotted ? parse_dotted_name(p) : take_name(p);
    if (!ok(p))
        return false;
    if (accept(p, TOK_AS)) {
        a.asname = take_name(p);
        if (!ok(p))
            return false;
    }
    return vec_push(p, names, &a, sizeof a);
}

static AstStmt *parse_import(Parser *p, int line, int col)
{
    Vec names = {0};
    do {
        if (!parse_alias(p, &names, true))
            return NULL;
    } while (accept(p, TOK_COMMA));
    AstStmt *s = new_stmt(p, STMT_IMPORT, line, col);
    if (s)
        s->v.import.names = (AstAliasList){names.data, names.len};
    return s;
}

static AstStmt *parse_from_import(Parser *p, int line, int col)
{
    AstStmt *s = new_stmt(p, STMT_IMPORT_FROM, line, col);
    Vec names = {0};
    if (!s)
        return NULL;
    for (;; advance(p)) {
        if (at(p, TOK_DOT))
            s->v.import_from.level += 1;
        else if (at(p, TOK_ELLIPSIS))
            s->v.import_from.level += 3;
        else
            break;
    }
    if (!at(p, TOK_IMPORT) || !s->v.import_from.level)
        s->v.import_from.module = parse_dotted_name(p);
    if (!ok(p) || !expect(p, TOK_IMPORT))
        return NULL;
    if (at(p, TOK_STAR)) {
        AstAlias a = {{"*", 1}, {NULL, 0}, p->tok.line, p->tok.col};
        advance(p);
        if (!vec_push(p, &names, &a, sizeof a))
            return NULL;
    } else {
        bool paren = accept(p, TOK_LPAR);
        do {
            if (paren && at(p, TOK_RPAR) && names.len)
                break;
            if (!paren && names.len && !at(p, TOK_NAME))
                return fail_at(p, p->tok.line, p->tok.col,
                               "trailing comma not allowed without surrounding parentheses");
            if (!parse_alias(p, &names, false))
                return NULL;
        } while (accept(p, TOK_COMMA));
        if (paren && !expect(p, TOK_RPAR))
            return NULL;
    }
    s->v.import_from.names = (AstAliasList){names.data, names.len};
    return s;
}

static AstStmt *parse_raise(Parser *p, int line, int col)
{
    AstStmt *s = new_stmt(p, STMT_RAISE, line, col);
    if (!s || !starts_expr((TokType)p->tok.type))
        return s;
    if (!(s->v.raise.exc = parse_expr(p)))
        return NULL;
    if (accept(p, TOK_FROM) && !(s->v.raise.cause = parse_expr(p)))
        return NULL;
    return s;
}

static AstStmt *parse_assert(Parser *p, int line, int col)
{
    AstStmt *s = new_stmt(p, STMT_ASSERT, line, col);
    if (!s || !(s->v.assert_.test = parse_expr(p)))
        return NULL;
    if (accept(p, TOK_COMMA) && !(s->v.assert_.msg = parse_expr(p)))
        return NULL;
    return s;
}

static AstStmt *parse_small_stmt(Parser *p)
{
    int line = p->tok.line, col = p->tok.col;
    TokType t = (TokType)p->tok.type;
    switch (t) {
    case TOK_PASS: case TOK_BREAK: case TOK_CONTINUE:
        advance(p);
        return new_stmt(p, t == TOK_PASS ? STMT_PASS : t == TOK_BREAK ? STMT_BREAK : STMT_CONTINUE,
                        line, col);
    case TOK_RETURN: {
        advance(p);
        AstStmt *s = new_stmt(p, STMT_RETURN, line, col);
        if (s && starts_expr((TokType)p->tok.type) && !at(p, TOK_YIELD) &&
            !(s->v.return_.value = no_bare_star(p, parse_star_exprs(p))))
            return NULL;
        return s;
    }
    case TOK_RAISE: advance(p); return parse_raise(p, line, col);
    case TOK_GLOBAL: advance(p); return parse_names_stmt(p, STMT_GLOBAL, line, col);
    case TOK_NONLOCAL: advance(p); return parse_names_stmt(p, STMT_NONLOCAL, line, col);
    case TOK_DEL: advance(p); return parse_del(p, line, col);
    case TOK_ASSERT: advance(p); return parse_assert(p, line, col);
    case TOK_IMPORT: advance(p); return parse_import(p, line, col);
    case TOK_FROM: advance(p); return parse_from_import(p, line, col);
    default:
        if (!starts_expr(t))
            return fail_syntax(p);
        return parse_expr_stmt(p);
    }
}

/* small_stmt (; small_stmt)* [;] NEWLINE */
static bool parse_simple_stmts(Parser *p, Vec *out)
{
    do {
        if (!push_ptr(p, out, parse_small_stmt(p)))
            return false;
    } while (accept(p, TOK_SEMI) && !at(p, TOK_NEWLINE));
    if (at(p, TOK_NEWLINE)) {
        advance(p);
        return true;
    }
    return ok(p) && syntax_error(p);
}

/* ---- compound statements ------------------------------------------------------------ */

/* The body after ':' of a statement described by `what` on line `line`. */
static bool parse_block(Parser *p, Vec *out, const char *what, int line)
{
    if (!expect(p, TOK_COLON))
        return false;
    if (!at(p, TOK_NEWLINE))
        return parse_simple_stmts(p, out);
    advance(p);
    if (!at(p, TOK_INDENT)) {
        if (ok(p))
            indent_error(p, "expected an indented block after %s on line %d", what, line);
        return false;
    }
    advance(p);
    if (!enter(p))
        return false;
    while (!at(p, TOK_DEDENT) && !at(p, TOK_EOF))
        if (!parse_statement(p, out))
            return false;
    p->depth--;
    return accept(p, TOK_DEDENT) || (ok(p) && syntax_error(p));
}

static bool parse_body(Parser *p, AstStmtList *body, const char *what, int line)
{
    Vec v = {0};
    if (!parse_block(p, &v, what, line))
        return false;
    *body = stmt_list(v);
    return true;
}

static bool parse_else(Parser *p, AstStmtList *orelse)
{
    int line = p->tok.line;
    return !accept(p, TOK_ELSE) || parse_body(p, orelse, "'else' statement", line);
}

/* if / elif: an elif is an If inside the orelse of the previous one. */
static AstStmt *parse_if(Parser *p, const char *what)
{
    int line = p->tok.line, col = p->tok.col;
    AstStmt *s = new_stmt(p, STMT_IF, line, col);
    advance(p);
    if (!s || !(s->v.if_.test = parse_named(p)) || !parse_body(p, &s->v.if_.body, what, line))
        return NULL;
    if (at(p, TOK_ELIF)) {
        if (!enter(p))
            return NULL;
        Vec orelse = {0};
        if (!push_ptr(p, &orelse, parse_if(p, "'elif' statement")))
            return NULL;
        p->depth--;
        s->v.if_.orelse = stmt_list(orelse);
        return s;
    }
    return parse_else(p, &s->v.if_.orelse) ? s : NULL;
}

static AstStmt *parse_while(Parser *p, int line, int col)
{
    AstStmt *s = new_stmt(p, STMT_WHILE, line, col);
    if (!s || !(s->v.while_.test = parse_named(p)) ||
        !parse_body(p, &s->v.while_.body, "'while' statement", line) ||
        !parse_else(p, &s->v.while_.orelse))
        return NULL;
    return s;
}

static AstStmt *parse_for(Parser *p, int line, int col)
{
    AstStmt *s = new_stmt(p, STMT_FOR, line, col);
    if (!s || !(s->v.for_.target = parse_target_list(p)) || !expect(p, TOK_IN) ||
        !(s->v.for_.iter = no_bare_star(p, parse_star_exprs(p))) ||
        !parse_body(p, &s->v.for_.body, "'for' statement", line) ||
        !parse_else(p, &s->v.for_.orelse))
        return NULL;
    return s;
}

static bool parse_handler(Parser *p, Vec *handlers)
{
    AstExceptHandler h = {0};
    h.line = p->tok.line;
    h.col = p->tok.col;
    advance(p);
    if (at(p, TOK_STAR))
        return error_at(p, p->tok.line, p->tok.col, "'except*' is not supported");
    if (!at(p, TOK_COLON)) {
        if (!(h.type = parse_expr(p)))
            return false;
        if (at(p, TOK_COMMA))
            return error_at(p, h.type->line, h.type->col,
                           "multiple exception types must be parenthesized");
        if (accept(p, TOK_AS)) {
            h.name = take_name(p);
            if (!ok(p))
                return false;
        }
    }
    return parse_body(p, &h.body, "'except' statement", h.line) &&
           vec_push(p, handlers, &h, sizeof h);
}

static AstStmt *parse_try(Parser *p, int line, int col)
{
    AstStmt *s = new_stmt(p, STMT_TRY, line, col);
    Vec handlers = {0};
    if (!s || !parse_body(p, &s->v.try_.body, "'try' statement", line))
        return NULL;
    while (at(p, TOK_EXCEPT))
        if (!parse_handler(p, &handlers))
            return NULL;
    s->v.try_.handlers = (AstExceptHandlerList){handlers.data, handlers.len};
    if (handlers.len && !parse_else(p, &s->v.try_.orelse))
        return NULL;
    int fline = p->tok.line;
    if (accept(p, TOK_FINALLY)) {
        if (!parse_body(p, &s->v.try_.finalbody, "'finally' statement", fline))
            return NULL;
    } else if (!handlers.len) {
        return ok(p) ? fail_at(p, p->tok.line, p->tok.col, "expected 'except' or 'finally' block") : NULL;
    }
    return s;
}

static bool parse_with_item(Parser *p, Vec *items)
{
    AstWithItem it = {0};
    if (!(it.context_expr = parse_expr(p)))
        return false;
    if (accept(p, TOK_AS)) {
        AstExpr *t = at(p, TOK_STAR) ? parse_starred(p) : parse_bitor(p);
        if (!t || !set_target(p, t, AST_STORE))
            return false;
        it.optional_vars = t;
    }
    return vec_push(p, items, &it, sizeof it);
}

/* with (a as b, c as d): ... -- tried first, as CPython does; on failure the
 * parser state is restored and the items are parsed as plain expressions. */
static bool parse_paren_with_items(Parser *p, Vec *items)
{
    if (!p->saved && !(p->saved = arena_alloc(p->arena, sizeof *p->saved)))
        return no_memory(p);
    Parser *saved = p->saved;
    *saved = *p;
    saved->saved = NULL;
    advance(p);
    do {
        if (at(p, TOK_RPAR) && items->len)
            break;
        if (!parse_with_item(p, items))
            break;
    } while (accept(p, TOK_COMMA));
    if (ok(p) && accept(p, TOK_RPAR) && at(p, TOK_COLON))
        return true;
    if (p->err->kind == PARSE_NO_MEMORY)
        return false;
    *p = *saved;
    p->saved = saved;
    p->err->kind = PARSE_OK;
    items->len = 0;
    return false;
}

static AstStmt *parse_with(Parser *p, int line, int col)
{
    AstStmt *s = new_stmt(p, STMT_WITH, line, col);
    Vec items = {0};
    if (!s)
        return NULL;
    if (!at(p, TOK_LPAR) || !parse_paren_with_items(p, &items)) {
        if (!ok(p))
            return NULL;
        do {
            if (!parse_with_item(p, &items))
                return NULL;
        } while (accept(p, TOK_COMMA));
    }
    s->v.with.items = (AstWithItemList){items.data, items.len};
    return parse_body(p, &s->v.with.body, "'with' statement", line) ? s : NULL;
}

static AstStmt *parse_funcdef(Parser *p, Vec decorators)
{
    int line = p->tok.line, col = p->tok.col;
    AstStmt *s = new_stmt(p, STMT_FUNCTION_DEF, line, col);
    advance(p);
    if (!s)
        return NULL;
    s->v.function_def.name = take_name(p);
    if (ok(p) && !at(p, TOK_LPAR))
        return fail_at(p, p->tok.line, p->tok.col, "expected '('");
    if (!ok(p) || !expect(p, TOK_LPAR) ||
        !(s->v.function_def.args = parse_params(p, TOK_RPAR, true)) || !expect(p, TOK_RPAR))
        return NULL;
    if (accept(p, TOK_ARROW) && !(s->v.function_def.returns = parse_expr(p)))
        return NULL;
    s->v.function_def.decorator_list = expr_list(decorators);
    return parse_body(p, &s->v.function_def.body, "function definition", line) ? s : NULL;
}

static AstStmt *parse_classdef(Parser *p, Vec decorators)
{
    int line = p->tok.line, col = p->tok.col;
    AstStmt *s = new_stmt(p, STMT_CLASS_DEF, line, col);
    Vec bases = {0}, kws = {0};
    advance(p);
    if (!s)
        return NULL;
    s->v.class_def.name = take_name(p);
    if (!ok(p) || (accept(p, TOK_LPAR) && !parse_args(p, &bases, &kws, NULL)))
        return NULL;
    s->v.class_def.bases = expr_list(bases);
    s->v.class_def.keywords = (AstKeywordList){kws.data, kws.len};
    s->v.class_def.decorator_list = expr_list(decorators);
    return parse_body(p, &s->v.class_def.body, "class definition", line) ? s : NULL;
}

static AstStmt *parse_decorated(Parser *p)
{
    Vec decorators = {0};
    while (accept(p, TOK_AT)) {
        if (!push_ptr(p, &decorators, parse_named(p)) || !expect(p, TOK_NEWLINE))
            return NULL;
    }
    if (at(p, TOK_DEF))
        return parse_funcdef(p, decorators);
    if (at(p, TOK_CLASS))
        return parse_classdef(p, decorators);
    if (at(p, TOK_ASYNC))
        return fail_at(p, p->tok.line, p->tok.col, "'async' is not supported");
    return fail_syntax(p);
}

static AstStmt *parse_compound(Parser *p)
{
    int line = p->tok.line, col = p->tok.col;
    Vec none = {0};
    switch ((TokType)p->tok.type) {
    case TOK_IF: return parse_if(p, "'if' statement");
    case TOK_WHILE: advance(p); return parse_while(p, line, col);
    case TOK_FOR: advance(p); return parse_for(p, line, col);
    case TOK_TRY: advance(p); return parse_try(p, line, col);
    case TOK_WITH: advance(p); return parse_with(p, line, col);
    case TOK_DEF: return parse_funcdef(p, none);
    case TOK_CLASS: return parse_classdef(p, none);
    case TOK_AT: return parse_decorated(p);
    default: return fail_at(p, line, col, "'async' is not supported");
    }
}

static bool is_compound(TokType t)
{
    return t == TOK_IF || t == TOK_WHILE || t == TOK_FOR || t == TOK_TRY || t == TOK_WITH ||
           t == TOK_DEF || t == TOK_CLASS || t == TOK_AT || t == TOK_ASYNC;
}

/* `match` is a soft keyword: a statement starting with it that fails to
 * parse as an expression is most likely a match statement. */
static bool parse_simple_or_match(Parser *p, Vec *out)
{
    bool maybe_match = p->tok.len == 5 && memcmp(p->tok.start, "match", 5) == 0;
    int line = p->tok.line, col = p->tok.col;
    if (parse_simple_stmts(p, out))
        return true;
    if (maybe_match && p->err->kind == PARSE_SYNTAX_ERROR && strcmp(p->err->msg, "invalid syntax") == 0) {
        p->err->kind = PARSE_OK;
        fail_at(p, line, col, "'match' statement is not supported");
    }
    return false;
}

static bool parse_statement(Parser *p, Vec *out)
{
    TokType t = (TokType)p->tok.type;
    if (is_compound(t))
        return push_ptr(p, out, parse_compound(p));
    if (t == TOK_INDENT)
        return syntax_error(p);
    if (t == TOK_ELSE || t == TOK_ELIF || t == TOK_EXCEPT || t == TOK_FINALLY)
        return syntax_error(p);
    return t == TOK_NAME ? parse_simple_or_match(p, out) : parse_simple_stmts(p, out);
}

/* ---- entry points -------------------------------------------------------------------- */

static Parser *new_parser(Arena *a, const char *src, size_t len, ParseError *err, bool interactive)
{
    err->kind = PARSE_OK;
    err->line = err->col = 0;
    err->msg[0] = '\0';
    Parser *p = arena_zalloc(a, sizeof *p);
    if (!p) {
        lexer_error(err, PARSE_NO_MEMORY, 0, 0, "out of memory");
        return NULL;
    }
    lexer_init(&p->lx, a, src, len, err, interactive);
    p->arena = a;
    p->err = err;
    p->interactive = interactive;
    advance(p);
    return p;
}

AstModule *parse_module(Arena *a, const char *src, size_t len, ParseError *err)
{
    Parser *p = new_parser(a, src, len, err, false);
    if (!p)
        return NULL;
    Vec body = {0};
    while (ok(p) && !at(p, TOK_EOF))
        if (!parse_statement(p, &body))
            break;
    AstModule *m = ok(p) ? alloc(p, sizeof *m) : NULL;
    if (m)
        m->body = stmt_list(body);
    return m;
}

/* In the REPL a compound statement ends with an empty line: the text must
 * end in "\n" + blank line + "\n" (spaces allowed on the blank line). */
static bool ends_with_blank_line(const char *src, size_t len)
{
    if (len && src[len - 1] == '\n')
        len--;
    while (len && (src[len - 1] == ' ' || src[len - 1] == '\t' || src[len - 1] == '\r'))
        len--;
    return len && src[len - 1] == '\n';
}

AstModule *parse_interactive(Arena *a, const char *src, size_t len, ParseError *err)
{
    Parser *p = new_parser(a, src, len, err, true);
    if (!p)
        return NULL;
    Vec body = {0};
    bool compound = is_compound((TokType)p->tok.type);
    if (ok(p) && !at(p, TOK_EOF) && parse_statement(p, &body) && !at(p, TOK_EOF))
        fail_at(p, p->tok.line, p->tok.col, "multiple statements found while compiling a single statement");
    if (!ok(p)) {
        /* stuck at the end of the input: more lines may complete it, unless
         * the user already ended the statement with an empty line */
        bool at_end = at(p, TOK_EOF) || (at(p, TOK_DEDENT) && p->tok.start >= p->lx.end);
        if (at_end && !p->lex_failed && err->kind != PARSE_NO_MEMORY &&
            !ends_with_blank_line(src, len))
            err->kind = PARSE_INCOMPLETE;
        return NULL;
    }
    if (compound && !ends_with_blank_line(src, len)) {
        lexer_error(err, PARSE_INCOMPLETE, p->tok.line, p->tok.col, "incomplete input");
        return NULL;
    }
    AstModule *m = alloc(p, sizeof *m);
    if (m)
        m->body = stmt_list(body);
    return m;
}

AstExpr *parse_expression(Arena *a, const char *src, size_t len, ParseError *err)
{
    while (len && (*src == ' ' || *src == '\t')) {
        src++;
        len--;
    }
    Parser *p = new_parser(a, src, len, err, false);
    if (!p)
        return NULL;
    AstExpr *e = parse_yield_or_star_exprs(p);
    while (e && accept(p, TOK_NEWLINE))
        ;
    if (e && !at(p, TOK_EOF))
        return fail_syntax(p);
    return e;
}
