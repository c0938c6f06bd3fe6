/*
 * ast.h - the abstract syntax tree that the parser (parse.c) builds and the
 * compiler consumes.
 *
 * Shape. The tree follows CPython's `ast` module closely (same node names
 * and fields, minus what irqpy does not support: async, match, complex
 * numbers, type aliases), so CPython's documentation of `ast` describes the
 * meaning of every field. Three node families:
 *   AstStmt  - statements, a tagged union on `kind` (STMT_*);
 *   AstExpr  - expressions, a tagged union on `kind` (EXPR_*);
 *   helpers  - AstArguments, AstArg, AstKeyword, AstComprehension,
 *              AstExceptHandler, AstAlias, AstWithItem (plain structs).
 * Every node and helper carries `line` (1-based) and `col` (1-based,
 * counted in characters, like the `offset` of CPython's SyntaxError) of its
 * first token.
 *
 * Lists are (items, len) pairs: AstStmtList, AstExprList, ... An empty list
 * has len 0 (items may then be NULL). Optional children are NULL pointers
 * (or an AstStr with data == NULL). Nothing else is ever NULL.
 *
 * Strings. Identifiers and str literals are AstStr: UTF-8 bytes with every
 * escape already decoded, plus `len`. data[len] is always '\0' so
 * identifiers can be compared with strcmp, but a str/bytes literal may also
 * contain '\0' inside, so use len for literals. Bytes literals are AstStr
 * holding the raw bytes. A lone surrogate written as an escape ("\ud800")
 * is encoded as its 3-byte UTF-8-style sequence.
 *
 * Ownership and lifetime. Every node, list and string lives in the Arena
 * passed to parse_module() (see arena.h). The AST holds no interpreter
 * objects and no pointers into the source text, so the source buffer may be
 * freed right after parsing. The tree stays valid until arena_free_all();
 * the compiler must copy what it keeps (e.g. intern identifiers, build
 * string objects) before the arena is freed. Treat the tree as read-only.
 *
 * Walking it. A compiler pass is a pair of recursive functions:
 *     void visit_stmt(AstStmt *s) { switch (s->kind) { case STMT_IF: ...
 *         visit_expr(s->v.if_.test); visit_body(s->v.if_.body); ... } }
 *     void visit_expr(AstExpr *e) { switch (e->kind) { ... } }
 * with a loop over each list:  for (i = 0; i < l.len; i++) f(l.items[i]);
 * Union members are named after the kind in lower case, with a trailing
 * underscore where the name is a C keyword (if_, for_, while_, ...).
 * The parser bounds nesting depth (PARSE_MAX_DEPTH in parse.h; the tree is
 * at most a few times that high), so a recursive walk needs a bounded C
 * stack.
 *
 * What the parser already did (the compiler need not):
 *  - adjacent literals are concatenated: "a" "b" -> one EXPR_STR;
 *    any f-string among them -> one EXPR_JOINED_STR whose parts are
 *    EXPR_STR and EXPR_FORMATTED_VALUE nodes (adjacent text merged);
 *    bytes with str mixed -> SyntaxError.
 *  - f"{x=}" is expanded the way CPython does: a literal part "x=" (the
 *    expression text exactly as written, with the '=' and spaces) followed
 *    by a FormattedValue of x whose conversion is 'r' when neither a
 *    conversion nor a format spec was given, else as written.
 *  - `elif` becomes an If in the orelse of the outer If.
 *  - `a or b or c` is one EXPR_BOOL_OP with three values.
 *  - expression contexts (ctx) are set: AST_STORE on assignment / for /
 *    with / comprehension / walrus targets, AST_DEL on del targets,
 *    recursively through Tuple/List/Starred; everything else is AST_LOAD.
 *    Invalid targets are rejected with CPython's messages ("cannot assign
 *    to literal", ...). An except handler's `as` name is an AstStr.
 *  - Starred appears only where Python allows it: in Tuple/List/Set
 *    displays, call arguments (ctx Load), class bases, subscript tuples and
 *    assignment targets (at most one per target tuple/list). A lone `*x`
 *    as a statement, assignment value, return or yield value is rejected.
 *  - lambda/def parameters: duplicate names, non-default after default,
 *    bare `*` without keyword-only parameters are rejected.
 *  - calls: repeated keyword, positional after keyword or after **,
 *    unparenthesised generator argument among others are rejected.
 *  - unsupported syntax (async, await, match, complex literals,
 *    \N{...} escapes, except*) -> SyntaxError "... not supported".
 * What the parser does NOT check (the compiler / scope analysis must):
 *  'return' / 'yield' outside function, 'break' / 'continue' outside loop,
 *  global / nonlocal conflicts, `nonlocal` at module level, names used
 *  before `global`, `*` import inside a function, `__class__` / super()
 *  cells. Docstrings: a first statement that is an EXPR_STR expression
 *  statement is the docstring, as in CPython.
 */
#ifndef IRQPY_AST_H
#define IRQPY_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct AstStmt AstStmt;
typedef struct AstExpr AstExpr;

/* A byte string in the arena; data[len] == '\0'. data == NULL means "absent". */
typedef struct AstStr {
    const char *data;
    uint32_t len;
} AstStr;

typedef struct AstStmtList { AstStmt **items; uint32_t len; } AstStmtList;
typedef struct AstExprList { AstExpr **items; uint32_t len; } AstExprList;
typedef struct AstStrList  { AstStr *items;   uint32_t len; } AstStrList;

/* ---- operators ---------------------------------------------------------- */

typedef enum AstContext { AST_LOAD, AST_STORE, AST_DEL } AstContext;

typedef enum AstBoolOp { AST_AND, AST_OR } AstBoolOp;

typedef enum AstBinOp {
    AST_ADD, AST_SUB, AST_MULT, AST_MATMULT, AST_DIV, AST_MOD, AST_POW,
    AST_LSHIFT, AST_RSHIFT, AST_BITOR, AST_BITXOR, AST_BITAND, AST_FLOORDIV
} AstBinOp;

typedef enum AstUnaryOp { AST_INVERT, AST_NOT, AST_UADD, AST_USUB } AstUnaryOp;

typedef enum AstCmpOp {
    AST_EQ, AST_NOTEQ, AST_LT, AST_LTE, AST_GT, AST_GTE,
    AST_IS, AST_ISNOT, AST_IN, AST_NOTIN
} AstCmpOp;

/* ---- helper nodes -------------------------------------------------------- */

/* One parameter of a def / lambda. */
typedef struct AstArg {
    AstStr name;
    AstExpr *annotation;   /* NULL if none (always NULL for lambda) */
    int line, col;
} AstArg;

typedef struct AstArgList { AstArg *items; uint32_t len; } AstArgList;

/*
 * Parameters of a def / lambda:  def f(a, b=1, /, c=2, *args, d, e=3, **kw)
 *   args       = [a, b, c]      positional parameters, in order
 *   nposonly   = 2              args[0..nposonly) were before '/'
 *   defaults   = [1, 2]         defaults of the LAST defaults.len of args
 *   vararg     = args           NULL if no *name
 *   kwonlyargs = [d, e]         parameters after * or *args
 *   kw_defaults= [NULL, 3]      same length as kwonlyargs; NULL = required
 *   kwarg      = kw             NULL if no **name
 */
typedef struct AstArguments {
    AstArgList args;
    uint32_t nposonly;
    AstExprList defaults;
    AstArg *vararg;
    AstArgList kwonlyargs;
    AstExprList kw_defaults;
    AstArg *kwarg;
} AstArguments;

/* name=value in a call or class header; arg.data == NULL means **value. */
typedef struct AstKeyword {
    AstStr arg;
    AstExpr *value;
    int line, col;
} AstKeyword;

typedef struct AstKeywordList { AstKeyword *items; uint32_t len; } AstKeywordList;

/* `for target in iter if c1 if c2` inside a comprehension. */
typedef struct AstComprehension {
    AstExpr *target;       /* ctx AST_STORE */
    AstExpr *iter;
    AstExprList ifs;
} AstComprehension;

typedef struct AstComprehensionList {
    AstComprehension *items;
    uint32_t len;
} AstComprehensionList;

/* `except type as name: body`; type NULL for bare except. */
typedef struct AstExceptHandler {
    AstExpr *type;
    AstStr name;           /* data == NULL if no `as` */
    AstStmtList body;
    int line, col;
} AstExceptHandler;

typedef struct AstExceptHandlerList {
    AstExceptHandler *items;
    uint32_t len;
} AstExceptHandlerList;

/*
 * One name of an import:  import a.b.c as d  ->  name "a.b.c", asname "d".
 * In `from m import *` there is one alias whose name is "*".
 */
typedef struct AstAlias {
    AstStr name;           /* dotted name, dots included */
    AstStr asname;         /* data == NULL if no `as` */
    int line, col;
} AstAlias;

typedef struct AstAliasList { AstAlias *items; uint32_t len; } AstAliasList;

/* `with context_expr as optional_vars` */
typedef struct AstWithItem {
    AstExpr *context_expr;
    AstExpr *optional_vars;    /* NULL if no `as`; ctx AST_STORE */
} AstWithItem;

typedef struct AstWithItemList { AstWithItem *items; uint32_t len; } AstWithItemList;

/* ---- expressions ---------------------------------------------------------- */

typedef enum AstExprKind {
    EXPR_BOOL_OP,          /* bool_op: op, values (>= 2) */
    EXPR_NAMED_EXPR,       /* named_expr: target (Name, STORE) := value */
    EXPR_BIN_OP,           /* bin_op: left op right */
    EXPR_UNARY_OP,         /* unary_op: op operand */
    EXPR_LAMBDA,           /* lambda: args, body */
    EXPR_IF_EXP,           /* if_exp: body if test else orelse */
    EXPR_DICT,             /* dict: keys[i] NULL means **values[i] */
    EXPR_SET,              /* seq: elts (non-empty); ctx unused */
    EXPR_LIST_COMP,        /* comp: elt, generators */
    EXPR_SET_COMP,         /* comp: elt, generators */
    EXPR_DICT_COMP,        /* comp: key (in elt), value, generators */
    EXPR_GENERATOR_EXP,    /* comp: elt, generators */
    EXPR_YIELD,            /* yield_: value or NULL */
    EXPR_YIELD_FROM,       /* yield_: value */
    EXPR_COMPARE,          /* compare: left, ops[i] comparators.items[i] */
    EXPR_CALL,             /* call: func, args (may hold Starred), keywords */
    EXPR_FORMATTED_VALUE,  /* formatted: only inside EXPR_JOINED_STR */
    EXPR_JOINED_STR,       /* joined: values = EXPR_STR / EXPR_FORMATTED_VALUE */
    EXPR_CONSTANT,         /* constant: None, True, False, ... */
    EXPR_INT,              /* int_: integer literal, see AstInt */
    EXPR_FLOAT,            /* float_: value */
    EXPR_STR,              /* str: decoded UTF-8 text */
    EXPR_BYTES,            /* str: raw bytes */
    EXPR_ATTRIBUTE,        /* attribute: value.attr, ctx */
    EXPR_SUBSCRIPT,        /* subscript: value[slice], ctx */
    EXPR_STARRED,          /* starred: *value, ctx */
    EXPR_NAME,             /* name: id, ctx */
    EXPR_LIST,             /* seq: elts, ctx */
    EXPR_TUPLE,            /* seq: elts, ctx */
    EXPR_SLICE             /* slice: lower:upper:step, each may be NULL; only
                              as a subscript's slice or a Tuple element of it */
} AstExprKind;

typedef enum AstConstKind {
    AST_CONST_NONE, AST_CONST_TRUE, AST_CONST_FALSE, AST_CONST_ELLIPSIS
} AstConstKind;

/*
 * Integer literal. Literals are never negative (-5 is USub applied to 5).
 * If the value fits int64_t, is_big == 0 and `value` holds it. Otherwise
 * is_big == 1, `digits` holds the digits only (no prefix, no underscores,
 * letters lower-case) and `base` is 2, 8, 10 or 16.
 */
typedef struct AstInt {
    int64_t value;
    AstStr digits;
    uint8_t is_big;
    uint8_t base;
} AstInt;

struct AstExpr {
    uint8_t kind;          /* AstExprKind */
    uint8_t ctx;           /* AstContext; meaningful for Name, Attribute,
                              Subscript, Starred, List, Tuple */
    int line, col;
    union {
        struct { AstBoolOp op; AstExprList values; } bool_op;
        struct { AstExpr *target; AstExpr *value; } named_expr;
        struct { AstExpr *left; AstBinOp op; AstExpr *right; } bin_op;
        struct { AstUnaryOp op; AstExpr *operand; } unary_op;
        struct { AstArguments *args; AstExpr *body; } lambda;
        struct { AstExpr *test; AstExpr *body; AstExpr *orelse; } if_exp;
        struct { AstExprList keys; AstExprList values; } dict;
        /* ListComp, SetComp, GeneratorExp: elt; DictComp: elt is the key */
        struct {
            AstExpr *elt;
            AstExpr *value;                     /* DictComp only */
            AstComprehensionList generators;    /* len >= 1 */
        } comp;
        struct { AstExpr *value; } yield_;
        struct {
            AstExpr *left;
            AstCmpOp *ops;                      /* comparators.len entries */
            AstExprList comparators;
        } compare;
        struct { AstExpr *func; AstExprList args; AstKeywordList keywords; } call;
        struct {
            AstExpr *value;
            int conversion;        /* 0 (none), 'r', 's' or 'a' */
            AstExpr *format_spec;  /* NULL or an EXPR_JOINED_STR */
        } formatted;
        struct { AstExprList values; } joined;
        AstConstKind constant;
        AstInt int_;
        double float_;
        AstStr str;
        struct { AstExpr *value; AstStr attr; } attribute;
        struct { AstExpr *value; AstExpr *slice; } subscript;
        struct { AstExpr *value; } starred;
        struct { AstStr id; } name;
        struct { AstExprList elts; } seq;
        struct { AstExpr *lower; AstExpr *upper; AstExpr *step; } slice;
    } v;
};

/* ---- statements ----------------------------------------------------------- */

typedef enum AstStmtKind {
    STMT_FUNCTION_DEF,     /* function_def */
    STMT_CLASS_DEF,        /* class_def */
    STMT_RETURN,           /* return_: value or NULL */
    STMT_DELETE,           /* delete: targets (ctx AST_DEL) */
    STMT_ASSIGN,           /* assign: t1 = t2 = ... = value */
    STMT_AUG_ASSIGN,       /* aug_assign: target op= value */
    STMT_ANN_ASSIGN,       /* ann_assign: see below */
    STMT_FOR,              /* for_ */
    STMT_WHILE,            /* while_ */
    STMT_IF,               /* if_ */
    STMT_WITH,             /* with */
    STMT_RAISE,            /* raise */
    STMT_TRY,              /* try_ */
    STMT_ASSERT,           /* assert_ */
    STMT_IMPORT,           /* import */
    STMT_IMPORT_FROM,      /* import_from */
    STMT_GLOBAL,           /* names */
    STMT_NONLOCAL,         /* names */
    STMT_EXPR,             /* expr: value */
    STMT_PASS,
    STMT_BREAK,
    STMT_CONTINUE
} AstStmtKind;

struct AstStmt {
    uint8_t kind;          /* AstStmtKind */
    int line, col;
    union {
        struct {
            AstStr name;
            AstArguments *args;
            AstStmtList body;
            AstExprList decorator_list;    /* in source order; apply last first */
            AstExpr *returns;              /* return annotation or NULL */
        } function_def;
        struct {
            AstStr name;
            AstExprList bases;             /* may hold Starred */
            AstKeywordList keywords;       /* metaclass=..., **kw */
            AstStmtList body;
            AstExprList decorator_list;
        } class_def;
        struct { AstExpr *value; } return_;
        struct { AstExprList targets; } delete;
        /* targets.len >= 1; each target has ctx AST_STORE */
        struct { AstExprList targets; AstExpr *value; } assign;
        /* target is Name, Attribute or Subscript with ctx AST_STORE */
        struct { AstExpr *target; AstBinOp op; AstExpr *value; } aug_assign;
        /*
         * target: annotation [= value]. irqpy ignores annotations: compile as
         * `target = value` when value != NULL, and as nothing otherwise (a
         * Name target with simple == 1 still makes the name local to the
         * function, as in CPython). simple is 1 for a bare, unparenthesised
         * Name target.
         */
        struct {
            AstExpr *target;
            AstExpr *annotation;
            AstExpr *value;                /* may be NULL */
            int simple;
        } ann_assign;
        struct { AstExpr *target; AstExpr *iter; AstStmtList body; AstStmtList orelse; } for_;
        struct { AstExpr *test; AstStmtList body; AstStmtList orelse; } while_;
        struct { AstExpr *test; AstStmtList body; AstStmtList orelse; } if_;
        struct { AstWithItemList items; AstStmtList body; } with;
        struct { AstExpr *exc; AstExpr *cause; } raise;    /* both may be NULL */
        struct {
            AstStmtList body;
            AstExceptHandlerList handlers;
            AstStmtList orelse;
            AstStmtList finalbody;
        } try_;
        struct { AstExpr *test; AstExpr *msg; } assert_;  /* msg may be NULL */
        struct { AstAliasList names; } import;
        /* from ..pkg.mod import a as b: module "pkg.mod", level 2.
         * module.data == NULL for `from . import x`. */
        struct { AstStr module; AstAliasList names; int level; } import_from;
        AstStrList names;
        struct { AstExpr *value; } expr;
    } v;
};

/* A parsed file or interactive input: a list of statements. */
typedef struct AstModule {
    AstStmtList body;
} AstModule;

/* ---- debug dump ------------------------------------------------------------ */

/*
 * Print a tree in a compact form close to CPython's ast.dump(), e.g.
 *   Module([Assign([Name('x', Store)], BinOp(Int(1), Add, Int(2)))])
 * Output goes through `write` so the core needs no stdio.
 */
typedef void (*AstWriteFn)(void *ctx, const char *s, size_t n);

void ast_dump_module(const AstModule *m, AstWriteFn write, void *ctx);
/* The same with "@line:col " before every statement and expression. */
void ast_dump_module_positions(const AstModule *m, AstWriteFn write, void *ctx);
void ast_dump_stmt(const AstStmt *s, AstWriteFn write, void *ctx);
void ast_dump_expr(const AstExpr *e, AstWriteFn write, void *ctx);

#endif
