/*
 * scope.h — symbol tables: which scope every name of a program belongs to.
 *
 * The compiler's second pass (after parsing, before code generation). It
 * builds one Scope per module, function, lambda, class body and
 * comprehension, records how each name is used there, then resolves every
 * name to one of the kinds below following Python's rules: assignments make
 * names local; `global`/`nonlocal` override; names only read resolve to the
 * nearest enclosing function scope that binds them (class bodies are not
 * enclosing scopes for the functions inside them) or else to globals. A
 * variable captured by an inner function becomes a cell in the scope that
 * binds it and a free variable in every function between.
 *
 * Finally it numbers the local slots of each scope (code.h's layout).
 * Everything lives in the compiler's arena; no Python objects are made.
 */
#ifndef IRQPY_SCOPE_H
#define IRQPY_SCOPE_H

#include <stdbool.h>
#include "arena.h"
#include "ast.h"
#include "parse.h"

typedef enum ScopeKind {
    SCOPE_MODULE,
    SCOPE_FUNCTION,   /* def and lambda */
    SCOPE_CLASS,
    SCOPE_COMP,       /* list/set/dict comprehension, generator expression */
} ScopeKind;

typedef enum SymbolKind {
    SYM_GLOBAL_IMPLICIT, /* only read, bound nowhere around: globals/builtins */
    SYM_GLOBAL_EXPLICIT, /* declared global (and every module-level name) */
    SYM_LOCAL,           /* a fast slot; in class bodies, the namespace dict */
    SYM_CELL,            /* local slot holding a Cell captured by inner scopes */
    SYM_FREE,            /* from an enclosing function: a Cell in a free slot */
} SymbolKind;

/* How a name is used in one scope (pass 1). */
enum {
    DEF_LOCAL = 1 << 0,     /* assigned, deleted, imported, def/class name */
    DEF_PARAM = 1 << 1,
    DEF_GLOBAL = 1 << 2,
    DEF_NONLOCAL = 1 << 3,
    DEF_USE = 1 << 4,
    DEF_COMP_ITER = 1 << 5, /* iteration variable of a comprehension */
};

typedef struct Symbol {
    const char *name;       /* NUL-terminated, in the arena */
    uint32_t len, hash;
    uint16_t flags;         /* DEF_* */
    uint8_t kind;           /* SymbolKind, after resolution */
    bool class_free;        /* class scope: also passed through to inner functions */
    int32_t slot;           /* local/cell/free slot, -1 if none */
    int line, col;          /* first global/nonlocal declaration, for errors */
    struct Symbol *next;    /* insertion order */
} Symbol;

typedef struct Scope {
    uint8_t kind;           /* ScopeKind */
    bool generator;         /* contains yield / yield from */
    bool class_cell;        /* class scope: methods use super/__class__ */
    const void *node;       /* the AstStmt / AstExpr that opened it (NULL: module) */
    const char *name;       /* def/class name, "<lambda>", "<listcomp>", ... */
    const AstArguments *args; /* parameters of a def / lambda */
    struct Scope *parent, *children, *next_sibling;
    Symbol **table;         /* hash table, table_cap a power of two */
    uint32_t table_cap, nsyms;
    Symbol *first, *last;   /* insertion order */
    /* slot layout (code.h) */
    uint32_t nlocals, nfree, nparams;
    int32_t class_cell_slot;
    Symbol **slots;         /* nlocals entries: the symbol of each slot (NULL for the class cell) */
} Scope;

/* Builds and resolves the scopes of a module (or REPL input). NULL on error
 * with err filled (SyntaxError, or PARSE_NO_MEMORY when the arena ran out). */
Scope *scope_analyze_module(Arena *a, const AstStmtList *body, ParseError *err);
/* The same for one expression (eval mode). */
Scope *scope_analyze_expr(Arena *a, AstExpr *e, ParseError *err);

/* The child scope opened by AST node `node` (a def/class statement or a
 * lambda/comprehension expression). */
Scope *scope_child(const Scope *s, const void *node);
/* The symbol for `name` in s, or NULL. */
Symbol *scope_lookup(const Scope *s, const char *name);

#endif
