/*
 * scope.c — symbol tables (scope.h) in three steps over the AST:
 *
 *   1. build: walk the tree once, open a Scope for every def, lambda,
 *      class and comprehension, and record per name how it is used
 *      (DEF_* flags). Errors that depend only on order inside one scope
 *      (global after use, nonlocal at module level, yield in a
 *      comprehension) are reported here.
 *   2. resolve: scopes in pre-order; every symbol gets its SymbolKind.
 *      A free variable marks the scope that binds it (cell) and every
 *      scope between (free, or passed through a class body).
 *   3. number the slots of each scope.
 *
 * The tree is walked recursively; the parser bounds its depth.
 */
#include "scope.h"

#include <string.h>

#include "lexer.h"

#define MAX_SLOTS 65535u

typedef struct Builder {
    Arena *arena;
    ParseError *err;
    Scope *cur;
    bool comp_target;       /* visiting the target of a comprehension's for */
} Builder;

static bool failed(const Builder *b) { return b->err->kind != PARSE_OK; }

static void error_at(Builder *b, int line, int col, const char *fmt, const char *name)
{
    lexer_error(b->err, PARSE_SYNTAX_ERROR, line, col, fmt, name);
}

static void *zalloc(Builder *b, size_t n)
{
    void *p = arena_zalloc(b->arena, n);
    if (!p && !failed(b))
        b->err->kind = PARSE_NO_MEMORY;
    return p;
}

/* ---- symbol tables ------------------------------------------------------ */

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static Symbol *find(const Scope *s, const char *name, uint32_t h)
{
    if (!s->table_cap)
        return NULL;
    for (uint32_t i = h & (s->table_cap - 1);; i = (i + 1) & (s->table_cap - 1)) {
        Symbol *sym = s->table[i];
        if (!sym || (sym->hash == h && strcmp(sym->name, name) == 0))
            return sym;
    }
}

Symbol *scope_lookup(const Scope *s, const char *name)
{
    return find(s, name, name_hash(name));
}

static void table_insert(Scope *s, Symbol *sym)
{
    uint32_t i = sym->hash & (s->table_cap - 1);
    while (s->table[i])
        i = (i + 1) & (s->table_cap - 1);
    s->table[i] = sym;
}

static bool table_grow(Builder *b, Scope *s)
{
    uint32_t cap = s->table_cap ? s->table_cap * 2 : 16;
    Symbol **t = zalloc(b, cap * sizeof(Symbol *));
    if (!t)
        return false;
    s->table = t;
    s->table_cap = cap;
    for (Symbol *sym = s->first; sym; sym = sym->next)
        table_insert(s, sym);
    return true;
}

/* The symbol for name in s, created when missing; its flags or-ed with `flags`. */
static Symbol *add(Builder *b, Scope *s, const char *name, uint16_t flags)
{
    uint32_t h = name_hash(name);
    Symbol *sym = find(s, name, h);
    if (!sym) {
        if ((s->nsyms + 1) * 2 > s->table_cap && !table_grow(b, s))
            return NULL;
        sym = zalloc(b, sizeof(Symbol));
        if (!sym)
            return NULL;
        sym->name = name;
        sym->len = (uint32_t)strlen(name);
        sym->hash = h;
        sym->slot = -1;
        if (s->last)
            s->last->next = sym;
        else
            s->first = sym;
        s->last = sym;
        s->nsyms++;
        table_insert(s, sym);
    }
    sym->flags |= flags;
    return sym;
}

static Scope *scope_new(Builder *b, ScopeKind kind, const void *node, const char *name)
{
    Scope *s = zalloc(b, sizeof(Scope));
    if (!s)
        return NULL;
    s->kind = (uint8_t)kind;
    s->node = node;
    s->name = name;
    s->class_cell_slot = -1;
    s->parent = b->cur;
    if (b->cur) {
        s->next_sibling = b->cur->children;
        b->cur->children = s;
    }
    return s;
}

Scope *scope_child(const Scope *s, const void *node)
{
    for (Scope *c = s->children; c; c = c->next_sibling)
        if (c->node == node)
            return c;
    return NULL;
}

static bool is_function_like(const Scope *s)
{
    return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMP;
}

/* ---- pass 1: build ------------------------------------------------------- */

static void visit_expr(Builder *b, AstExpr *e);
static void visit_stmts(Builder *b, const AstStmtList *l);

static void visit_exprs(Builder *b, const AstExprList *l)
{
    for (uint32_t i = 0; i < l->len && !failed(b); i++)
        if (l->items[i])
            visit_expr(b, l->items[i]);
}

static void visit_opt(Builder *b, AstExpr *e)
{
    if (e)
        visit_expr(b, e);
}

static void def_name(Builder *b, const char *name)
{
    add(b, b->cur, name, DEF_LOCAL | (b->comp_target ? DEF_COMP_ITER : 0));
}

/* `global` / `nonlocal` statement in the current scope. */
static void declare(Builder *b, const AstStmt *s, bool global)
{
    if (!global && b->cur->kind == SCOPE_MODULE) {
        error_at(b, s->line, s->col, "nonlocal declaration not allowed at module level", NULL);
        return;
    }
    for (uint32_t i = 0; i < s->v.names.len && !failed(b); i++) {
        const char *name = s->v.names.items[i].data;
        Symbol *sym = scope_lookup(b->cur, name);
        if (sym && (sym->flags & (DEF_PARAM | DEF_LOCAL | DEF_USE))) {
            const char *fmt = sym->flags & DEF_PARAM ? (global ? "name '%s' is parameter and global"
                                                               : "name '%s' is parameter and nonlocal")
                            : sym->flags & DEF_USE ? (global ? "name '%s' is used prior to global declaration"
                                                             : "name '%s' is used prior to nonlocal declaration")
                            : (global ? "name '%s' is assigned to before global declaration"
                                      : "name '%s' is assigned to before nonlocal declaration");
            error_at(b, s->line, s->col, fmt, name);
            return;
        }
        sym = add(b, b->cur, name, global ? DEF_GLOBAL : DEF_NONLOCAL);
        if (sym && (sym->flags & DEF_GLOBAL) && (sym->flags & DEF_NONLOCAL)) {
            error_at(b, s->line, s->col, "name '%s' is nonlocal and global", name);
            return;
        }
        if (sym && !sym->line) {
            sym->line = s->line;
            sym->col = s->col;
        }
    }
}

static void add_params(Builder *b, const AstArguments *a)
{
    for (uint32_t i = 0; i < a->args.len; i++)
        add(b, b->cur, a->args.items[i].name.data, DEF_PARAM);
    for (uint32_t i = 0; i < a->kwonlyargs.len; i++)
        add(b, b->cur, a->kwonlyargs.items[i].name.data, DEF_PARAM);
    if (a->vararg)
        add(b, b->cur, a->vararg->name.data, DEF_PARAM);
    if (a->kwarg)
        add(b, b->cur, a->kwarg->name.data, DEF_PARAM);
}

/* Opens a function scope (def or lambda); the caller visits the body. */
static Scope *enter_function(Builder *b, const void *node, const char *name,
                             const AstArguments *args)
{
    visit_exprs(b, &args->defaults);
    visit_exprs(b, &args->kw_defaults);
    Scope *s = scope_new(b, SCOPE_FUNCTION, node, name);
    if (s) {
        b->cur = s;
        s->args = args;
        add_params(b, args);
    }
    return s;
}

static void visit_function_def(Builder *b, AstStmt *st)
{
    visit_exprs(b, &st->v.function_def.decorator_list);
    def_name(b, st->v.function_def.name.data);
    Scope *outer = b->cur;
    if (!enter_function(b, st, st->v.function_def.name.data, st->v.function_def.args))
        return;
    visit_stmts(b, &st->v.function_def.body);
    b->cur = outer;
}

static void visit_class_def(Builder *b, AstStmt *st)
{
    visit_exprs(b, &st->v.class_def.decorator_list);
    visit_exprs(b, &st->v.class_def.bases);
    for (uint32_t i = 0; i < st->v.class_def.keywords.len; i++)
        visit_expr(b, st->v.class_def.keywords.items[i].value);
    def_name(b, st->v.class_def.name.data);
    Scope *outer = b->cur;
    Scope *s = scope_new(b, SCOPE_CLASS, st, st->v.class_def.name.data);
    if (!s)
        return;
    b->cur = s;
    visit_stmts(b, &st->v.class_def.body);
    b->cur = outer;
}

static void visit_import(Builder *b, const AstStmt *st)
{
    const AstAliasList *names = st->kind == STMT_IMPORT ? &st->v.import.names
                                                        : &st->v.import_from.names;
    for (uint32_t i = 0; i < names->len && !failed(b); i++) {
        const AstAlias *al = &names->items[i];
        if (al->asname.data) {
            def_name(b, al->asname.data);
        } else if (strcmp(al->name.data, "*") == 0) {
            if (b->cur->kind != SCOPE_MODULE)
                error_at(b, st->line, st->col, "import * only allowed at module level", NULL);
        } else if (st->kind == STMT_IMPORT && strchr(al->name.data, '.')) {
            /* import a.b binds a */
            size_t n = (size_t)(strchr(al->name.data, '.') - al->name.data);
            char *first = zalloc(b, n + 1);
            if (first) {
                memcpy(first, al->name.data, n);
                def_name(b, first);
            }
        } else {
            def_name(b, al->name.data);
        }
    }
}

static void visit_try(Builder *b, AstStmt *st)
{
    visit_stmts(b, &st->v.try_.body);
    for (uint32_t i = 0; i < st->v.try_.handlers.len && !failed(b); i++) {
        AstExceptHandler *h = &st->v.try_.handlers.items[i];
        visit_opt(b, h->type);
        if (h->name.data)
            def_name(b, h->name.data);
        visit_stmts(b, &h->body);
    }
    visit_stmts(b, &st->v.try_.orelse);
    visit_stmts(b, &st->v.try_.finalbody);
}

static void visit_stmt(Builder *b, AstStmt *st)
{
    switch (st->kind) {
    case STMT_FUNCTION_DEF: visit_function_def(b, st); break;
    case STMT_CLASS_DEF: visit_class_def(b, st); break;
    case STMT_RETURN: visit_opt(b, st->v.return_.value); break;
    case STMT_DELETE: visit_exprs(b, &st->v.delete.targets); break;
    case STMT_ASSIGN:
        visit_exprs(b, &st->v.assign.targets);
        visit_expr(b, st->v.assign.value);
        break;
    case STMT_AUG_ASSIGN:
        if (st->v.aug_assign.target->kind == EXPR_NAME)
            add(b, b->cur, st->v.aug_assign.target->v.name.id.data, DEF_LOCAL | DEF_USE);
        else
            visit_expr(b, st->v.aug_assign.target);
        visit_expr(b, st->v.aug_assign.value);
        break;
    case STMT_ANN_ASSIGN:
        if (st->v.ann_assign.value) {
            visit_expr(b, st->v.ann_assign.target);
            visit_expr(b, st->v.ann_assign.value);
        } else if (st->v.ann_assign.simple && st->v.ann_assign.target->kind == EXPR_NAME) {
            def_name(b, st->v.ann_assign.target->v.name.id.data);
        }
        break;
    case STMT_FOR:
        visit_expr(b, st->v.for_.target);
        visit_expr(b, st->v.for_.iter);
        visit_stmts(b, &st->v.for_.body);
        visit_stmts(b, &st->v.for_.orelse);
        break;
    case STMT_WHILE: case STMT_IF:
        visit_expr(b, st->v.if_.test);
        visit_stmts(b, &st->v.if_.body);
        visit_stmts(b, &st->v.if_.orelse);
        break;
    case STMT_WITH:
        for (uint32_t i = 0; i < st->v.with.items.len; i++) {
            visit_expr(b, st->v.with.items.items[i].context_expr);
            visit_opt(b, st->v.with.items.items[i].optional_vars);
        }
        visit_stmts(b, &st->v.with.body);
        break;
    case STMT_RAISE:
        visit_opt(b, st->v.raise.exc);
        visit_opt(b, st->v.raise.cause);
        break;
    case STMT_TRY: visit_try(b, st); break;
    case STMT_ASSERT:
        visit_expr(b, st->v.assert_.test);
        visit_opt(b, st->v.assert_.msg);
        break;
    case STMT_IMPORT: case STMT_IMPORT_FROM: visit_import(b, st); break;
    case STMT_GLOBAL: declare(b, st, true); break;
    case STMT_NONLOCAL: declare(b, st, false); break;
    case STMT_EXPR: visit_expr(b, st->v.expr.value); break;
    default: break;
    }
}

static void visit_stmts(Builder *b, const AstStmtList *l)
{
    for (uint32_t i = 0; i < l->len && !failed(b); i++)
        visit_stmt(b, l->items[i]);
}

static const char *comp_name(int kind)
{
    switch (kind) {
    case EXPR_LIST_COMP: return "<listcomp>";
    case EXPR_SET_COMP: return "<setcomp>";
    case EXPR_DICT_COMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static void visit_comp_target(Builder *b, AstExpr *target)
{
    b->comp_target = true;
    visit_expr(b, target);
    b->comp_target = false;
}

static void visit_comprehension(Builder *b, AstExpr *e)
{
    const AstComprehensionList *gens = &e->v.comp.generators;
    visit_expr(b, gens->items[0].iter);
    Scope *outer = b->cur;
    Scope *s = scope_new(b, SCOPE_COMP, e, comp_name(e->kind));
    if (!s)
        return;
    b->cur = s;
    s->generator = e->kind == EXPR_GENERATOR_EXP;
    add(b, s, ".0", DEF_PARAM);
    for (uint32_t i = 0; i < gens->len && !failed(b); i++) {
        visit_comp_target(b, gens->items[i].target);
        if (i > 0)
            visit_expr(b, gens->items[i].iter);
        visit_exprs(b, &gens->items[i].ifs);
    }
    visit_opt(b, e->v.comp.value);
    visit_expr(b, e->v.comp.elt);
    b->cur = outer;
}

/* `name := value` inside comprehensions binds in the enclosing function
 * (or module); the comprehensions in between see it as free (or global). */
static void visit_walrus_target(Builder *b, AstExpr *target)
{
    const char *name = target->v.name.id.data;
    Scope *t = b->cur;
    for (; t->kind == SCOPE_COMP; t = t->parent) {
        Symbol *sym = scope_lookup(t, name);
        if (sym && (sym->flags & DEF_COMP_ITER)) {
            error_at(b, target->line, target->col,
                     "assignment expression cannot rebind comprehension iteration variable '%s'",
                     name);
            return;
        }
    }
    if (t == b->cur) {
        def_name(b, name);
        return;
    }
    if (t->kind == SCOPE_CLASS) {
        error_at(b, target->line, target->col,
                 "assignment expression within a comprehension cannot be used in a class body",
                 NULL);
        return;
    }
    Symbol *bound = add(b, t, name, DEF_LOCAL);
    uint16_t flag = (t->kind == SCOPE_MODULE || (bound && (bound->flags & DEF_GLOBAL)))
                        ? DEF_GLOBAL : DEF_NONLOCAL;
    for (Scope *c = b->cur; c != t; c = c->parent)
        add(b, c, name, flag);
}

static void visit_yield(Builder *b, AstExpr *e)
{
    Scope *s = b->cur;
    if (s->kind == SCOPE_COMP) {
        const AstExpr *c = s->node;
        const char *fmt = c->kind == EXPR_LIST_COMP ? "'yield' inside list comprehension"
                        : c->kind == EXPR_SET_COMP ? "'yield' inside set comprehension"
                        : c->kind == EXPR_DICT_COMP ? "'yield' inside dict comprehension"
                                                    : "'yield' inside generator expression";
        error_at(b, e->line, e->col, fmt, NULL);
        return;
    }
    if (s->kind != SCOPE_FUNCTION) {
        error_at(b, e->line, e->col, "'yield' outside function", NULL);
        return;
    }
    s->generator = true;
    visit_opt(b, e->v.yield_.value);
}

static void visit_name(Builder *b, AstExpr *e)
{
    const char *name = e->v.name.id.data;
    if (e->ctx != AST_LOAD) {
        def_name(b, name);
        return;
    }
    add(b, b->cur, name, DEF_USE);
    /* zero-argument super() needs the class: capture __class__ */
    if (is_function_like(b->cur) && strcmp(name, "super") == 0)
        add(b, b->cur, "__class__", DEF_USE);
}

static void visit_lambda(Builder *b, AstExpr *e)
{
    Scope *outer = b->cur;
    if (!enter_function(b, e, "<lambda>", e->v.lambda.args))
        return;
    visit_expr(b, e->v.lambda.body);
    b->cur = outer;
}

static void visit_call(Builder *b, AstExpr *e)
{
    visit_expr(b, e->v.call.func);
    visit_exprs(b, &e->v.call.args);
    for (uint32_t i = 0; i < e->v.call.keywords.len; i++)
        visit_expr(b, e->v.call.keywords.items[i].value);
}

static void visit_expr(Builder *b, AstExpr *e)
{
    if (failed(b))
        return;
    switch (e->kind) {
    case EXPR_BOOL_OP: visit_exprs(b, &e->v.bool_op.values); break;
    case EXPR_NAMED_EXPR:
        visit_expr(b, e->v.named_expr.value);
        visit_walrus_target(b, e->v.named_expr.target);
        break;
    case EXPR_BIN_OP: /* a loop down the left spine: long chains do not recurse */
        for (; e->kind == EXPR_BIN_OP && !failed(b); e = e->v.bin_op.left)
            visit_expr(b, e->v.bin_op.right);
        visit_expr(b, e);
        break;
    case EXPR_UNARY_OP: visit_expr(b, e->v.unary_op.operand); break;
    case EXPR_LAMBDA: visit_lambda(b, e); break;
    case EXPR_IF_EXP:
        visit_expr(b, e->v.if_exp.test);
        visit_expr(b, e->v.if_exp.body);
        visit_expr(b, e->v.if_exp.orelse);
        break;
    case EXPR_DICT:
        visit_exprs(b, &e->v.dict.keys);
        visit_exprs(b, &e->v.dict.values);
        break;
    case EXPR_SET: case EXPR_LIST: case EXPR_TUPLE: visit_exprs(b, &e->v.seq.elts); break;
    case EXPR_LIST_COMP: case EXPR_SET_COMP: case EXPR_DICT_COMP: case EXPR_GENERATOR_EXP:
        visit_comprehension(b, e);
        break;
    case EXPR_YIELD: case EXPR_YIELD_FROM: visit_yield(b, e); break;
    case EXPR_COMPARE:
        visit_expr(b, e->v.compare.left);
        visit_exprs(b, &e->v.compare.comparators);
        break;
    case EXPR_CALL: visit_call(b, e); break;
    case EXPR_FORMATTED_VALUE:
        visit_expr(b, e->v.formatted.value);
        visit_opt(b, e->v.formatted.format_spec);
        break;
    case EXPR_JOINED_STR: visit_exprs(b, &e->v.joined.values); break;
    case EXPR_ATTRIBUTE: visit_expr(b, e->v.attribute.value); break;
    case EXPR_SUBSCRIPT:
        visit_expr(b, e->v.subscript.value);
        visit_expr(b, e->v.subscript.slice);
        break;
    case EXPR_STARRED: visit_expr(b, e->v.starred.value); break;
    case EXPR_NAME: visit_name(b, e); break;
    case EXPR_SLICE:
        visit_opt(b, e->v.slice.lower);
        visit_opt(b, e->v.slice.upper);
        visit_opt(b, e->v.slice.step);
        break;
    default: break;
    }
}

/* ---- pass 2: resolve ----------------------------------------------------- */

/* The function scope from `p` outwards that binds name, or NULL when the
 * name is global there. Class bodies are skipped, except that they bind
 * the implicit __class__. */
static Scope *find_binding(Scope *p, const char *name)
{
    for (; p && p->kind != SCOPE_MODULE; p = p->parent) {
        if (p->kind == SCOPE_CLASS) {
            if (strcmp(name, "__class__") == 0)
                return p;
            continue;
        }
        Symbol *sym = scope_lookup(p, name);
        if (!sym)
            continue;
        if (sym->flags & DEF_GLOBAL)
            return NULL;
        if ((sym->flags & (DEF_LOCAL | DEF_PARAM)) && !(sym->flags & DEF_NONLOCAL))
            return p;
    }
    return NULL;
}

/* A variable of `binder` is used by a scope inside `from`: cells and free
 * variables all the way. */
static void capture(Builder *b, Scope *from, Scope *binder, const char *name)
{
    for (Scope *q = from; q && q != binder; q = q->parent) {
        Symbol *sym = add(b, q, name, 0);
        if (!sym)
            return;
        if (q->kind == SCOPE_CLASS)
            sym->class_free = true;
        else
            sym->kind = SYM_FREE;
    }
    if (binder->kind == SCOPE_CLASS) {
        binder->class_cell = true;
        return;
    }
    Symbol *sym = scope_lookup(binder, name);
    if (sym)
        sym->kind = SYM_CELL;
}

static void resolve_symbol(Builder *b, Scope *s, Symbol *sym)
{
    if (s->kind == SCOPE_MODULE) {
        sym->kind = SYM_GLOBAL_EXPLICIT;
        return;
    }
    if (sym->flags & DEF_GLOBAL) {
        sym->kind = SYM_GLOBAL_EXPLICIT;
        return;
    }
    if ((sym->flags & (DEF_LOCAL | DEF_PARAM)) && !(sym->flags & DEF_NONLOCAL)) {
        if (sym->kind != SYM_CELL)
            sym->kind = SYM_LOCAL;
        return;
    }
    if (!(sym->flags & (DEF_NONLOCAL | DEF_USE)))
        return; /* added by capture() below this scope: already resolved */
    Scope *binder = find_binding(s->parent, sym->name);
    if (!binder) {
        if (sym->flags & DEF_NONLOCAL)
            error_at(b, sym->line, sym->col, "no binding for nonlocal '%s' found", sym->name);
        sym->kind = SYM_GLOBAL_IMPLICIT;
        return;
    }
    sym->kind = SYM_FREE;
    capture(b, s->parent, binder, sym->name);
}

static void resolve(Builder *b, Scope *s)
{
    for (Symbol *sym = s->first; sym && !failed(b); sym = sym->next)
        resolve_symbol(b, s, sym);
    for (Scope *c = s->children; c && !failed(b); c = c->next_sibling)
        resolve(b, c);
}

/* ---- pass 3: slots ------------------------------------------------------- */

static void give_slot(Scope *s, Symbol *sym)
{
    if (sym && sym->slot < 0)
        sym->slot = (int32_t)s->nlocals++;
}

static void number_params(Scope *s)
{
    if (s->kind == SCOPE_COMP) {
        give_slot(s, scope_lookup(s, ".0"));
    } else {
        const AstArguments *a = s->args;
        for (uint32_t i = 0; i < a->args.len; i++)
            give_slot(s, scope_lookup(s, a->args.items[i].name.data));
        for (uint32_t i = 0; i < a->kwonlyargs.len; i++)
            give_slot(s, scope_lookup(s, a->kwonlyargs.items[i].name.data));
        if (a->vararg)
            give_slot(s, scope_lookup(s, a->vararg->name.data));
        if (a->kwarg)
            give_slot(s, scope_lookup(s, a->kwarg->name.data));
    }
    s->nparams = s->nlocals;
}

static bool number_slots(Builder *b, Scope *s)
{
    if (s->kind == SCOPE_CLASS) {
        if (s->class_cell)
            s->class_cell_slot = (int32_t)s->nlocals++;
    } else if (s->kind != SCOPE_MODULE) {
        number_params(s);
        for (Symbol *sym = s->first; sym; sym = sym->next)
            if (sym->kind == SYM_LOCAL || sym->kind == SYM_CELL)
                give_slot(s, sym);
    }
    for (Symbol *sym = s->first; sym; sym = sym->next)
        if (sym->kind == SYM_FREE || sym->class_free) {
            give_slot(s, sym);
            s->nfree++;
        }
    if (s->nlocals > MAX_SLOTS) {
        error_at(b, 0, 0, "too many local variables", NULL);
        return false;
    }
    s->slots = zalloc(b, (s->nlocals ? s->nlocals : 1) * sizeof(Symbol *));
    if (!s->slots)
        return false;
    for (Symbol *sym = s->first; sym; sym = sym->next)
        if (sym->slot >= 0)
            s->slots[sym->slot] = sym;
    for (Scope *c = s->children; c; c = c->next_sibling)
        if (!number_slots(b, c))
            return false;
    return true;
}

/* ---- entry points -------------------------------------------------------- */

static Scope *finish(Builder *b, Scope *top)
{
    if (!failed(b))
        resolve(b, top);
    if (!failed(b))
        number_slots(b, top);
    return failed(b) ? NULL : top;
}

Scope *scope_analyze_module(Arena *a, const AstStmtList *body, ParseError *err)
{
    Builder b = { a, err, NULL, false };
    err->kind = PARSE_OK;
    Scope *top = scope_new(&b, SCOPE_MODULE, NULL, "<module>");
    if (!top)
        return NULL;
    b.cur = top;
    visit_stmts(&b, body);
    return finish(&b, top);
}

Scope *scope_analyze_expr(Arena *a, AstExpr *e, ParseError *err)
{
    Builder b = { a, err, NULL, false };
    err->kind = PARSE_OK;
    Scope *top = scope_new(&b, SCOPE_MODULE, NULL, "<module>");
    if (!top)
        return NULL;
    b.cur = top;
    visit_expr(&b, e);
    return finish(&b, top);
}
