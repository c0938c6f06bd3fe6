/*
 * lexer.h - Python 3 source bytes to tokens, one token at a time.
 *
 * The parser pulls tokens with lexer_next(). The lexer turns indentation
 * into INDENT/DEDENT tokens (with a stack of indentation widths; a tab
 * advances to the next multiple of 8, and as in CPython the comparison must
 * come out the same with tabs counted as 1, else "inconsistent use of tabs
 * and spaces"), drops newlines inside brackets and after a backslash, skips
 * comments and blank lines, and converts number literals to values. String literals are only
 * delimited here: the token carries the prefix flags and the raw body
 * between the quotes, and the parser decodes it with lexer_decode_string()
 * (plain strings) or parses it as an f-string, re-entering the lexer on each
 * replacement field with lexer_init_sub().
 *
 * Columns are 1-based and counted in characters (UTF-8 sequences), like
 * the offset of CPython's SyntaxError. Errors go into the ParseError given
 * at init; after the first error lexer_next() keeps returning false.
 */
#ifndef IRQPY_LEXER_H
#define IRQPY_LEXER_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include "arena.h"
#include "ast.h"
#include "parse.h"

/* Token types: X(name, text shown in messages). Operators are ordered so
 * that every augmented assignment follows its plain operator's block. */
#define LEXER_TOKENS(X)                                                      \
    X(EOF, "end of file") X(NEWLINE, "newline") X(INDENT, "indent")          \
    X(DEDENT, "dedent") X(NAME, "name") X(INT, "number") X(FLOAT, "number")  \
    X(STRING, "string")                                                      \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{")       \
    X(RBRACE, "}") X(COMMA, ",") X(COLON, ":") X(SEMI, ";") X(DOT, ".")      \
    X(ELLIPSIS, "...") X(EQUAL, "=") X(ARROW, "->") X(WALRUS, ":=")          \
    X(TILDE, "~") X(LT, "<") X(GT, ">") X(LE, "<=") X(GE, ">=")              \
    X(EQEQ, "==") X(NE, "!=")                                                \
    X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(DSLASH, "//")    \
    X(PERCENT, "%") X(AT, "@") X(DSTAR, "**") X(AMP, "&") X(VBAR, "|")       \
    X(CARET, "^") X(LSHIFT, "<<") X(RSHIFT, ">>")                            \
    X(PLUSEQ, "+=") X(MINUSEQ, "-=") X(STAREQ, "*=") X(SLASHEQ, "/=")        \
    X(DSLASHEQ, "//=") X(PERCENTEQ, "%=") X(ATEQ, "@=") X(DSTAREQ, "**=")    \
    X(AMPEQ, "&=") X(VBAREQ, "|=") X(CARETEQ, "^=") X(LSHIFTEQ, "<<=")       \
    X(RSHIFTEQ, ">>=")                                                       \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and")          \
    X(AS, "as") X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await")      \
    X(BREAK, "break") X(CLASS, "class") X(CONTINUE, "continue")              \
    X(DEF, "def") X(DEL, "del") X(ELIF, "elif") X(ELSE, "else")              \
    X(EXCEPT, "except") X(FINALLY, "finally") X(FOR, "for") X(FROM, "from")  \
    X(GLOBAL, "global") X(IF, "if") X(IMPORT, "import") X(IN, "in")          \
    X(IS, "is") X(LAMBDA, "lambda") X(NONLOCAL, "nonlocal") X(NOT, "not")    \
    X(OR, "or") X(PASS, "pass") X(RAISE, "raise") X(RETURN, "return")        \
    X(TRY, "try") X(WHILE, "while") X(WITH, "with") X(YIELD, "yield")

typedef enum TokType {
#define LEXER_ENUM(name, text) TOK_##name,
    LEXER_TOKENS(LEXER_ENUM)
#undef LEXER_ENUM
    TOK_COUNT
} TokType;

#define TOK_FIRST_KEYWORD TOK_FALSE
#define TOK_FIRST_AUGASSIGN TOK_PLUSEQ

/* Prefix flags of a string token. */
enum { LEXER_STR_RAW = 1, LEXER_STR_BYTES = 2, LEXER_STR_F = 4 };

typedef struct Token {
    uint8_t type;          /* TokType */
    uint8_t str_flags;     /* TOK_STRING: LEXER_STR_* */
    int line, col;         /* first character */
    const char *start;     /* the token's text in the source */
    uint32_t len;
    /* TOK_STRING: the raw text between the quotes and where it starts */
    const char *body;
    uint32_t body_len;
    int body_line, body_col;
    /* TOK_INT / TOK_FLOAT */
    AstInt ival;
    double fval;
} Token;

#define LEXER_MAX_INDENT 100   /* CPython's limit too */
#define LEXER_MAX_PARENS 200   /* "too many nested parentheses" beyond */

typedef struct LexerParen {
    char ch;
    int line, col;
} LexerParen;

typedef struct Lexer {
    Arena *arena;
    ParseError *err;
    const char *src, *p, *end;
    const char *line_start;    /* first byte of the current line */
    int line;
    /* caches that keep column computation linear on very long lines:
     * col_at is on the current line, col_chars characters after line_start;
     * body_at is inside a string body, at (body_line, body_col) */
    const char *col_at;
    int col_chars;
    const char *body_at;
    int body_line, body_col;
    int first_line_col;        /* column of line_start on the first line
                                  (non-zero for f-string sub-lexers) */
    int first_line;
    bool interactive;          /* errors at end of input become INCOMPLETE */
    bool sub;                  /* f-string field: no NEWLINE/INDENT at all */
    bool at_line_start;
    bool emitted_any;          /* a token other than NEWLINE on this line */
    int pending_dedents;
    int indent_top;
    int indents[LEXER_MAX_INDENT + 1];     /* widths, tabs to multiples of 8 */
    int alt_indents[LEXER_MAX_INDENT + 1]; /* widths with tabs counted as 1 */
    int paren_top;
    LexerParen parens[LEXER_MAX_PARENS];
} Lexer;

extern const char *const lexer_token_text[TOK_COUNT];

void lexer_init(Lexer *lx, Arena *a, const char *src, size_t len,
                ParseError *err, bool interactive);

/* A lexer over an f-string replacement field's text, which starts at
 * line/col in the enclosing file. It behaves as if inside brackets. The
 * caller has already rejected '#' and backslashes (not allowed in a field) and
 * checked that the brackets balance. */
void lexer_init_sub(Lexer *lx, Arena *a, const char *src, size_t len,
                    ParseError *err, int line, int col);

/* The next token into *t; false (with the error recorded) on failure. */
bool lexer_next(Lexer *lx, Token *t);

/* Where byte `off` of a string token's body is, as line and column. */
void lexer_body_pos(Lexer *lx, const Token *t, uint32_t off, int *line, int *col);

/*
 * Decode n bytes of string-literal body text s (escapes, \r\n -> \n),
 * appending to *out (an arena buffer grown as needed). `flags` are the
 * token's LEXER_STR_* flags; the error, if any, is reported for token t at
 * body offset `off` of s. Returns false on error.
 */
typedef struct LexerBuf {
    char *data;
    uint32_t len, cap;
} LexerBuf;

bool lexer_decode_string(Lexer *lx, const Token *t, const char *s, uint32_t n,
                         uint32_t off, LexerBuf *out);
bool lexer_buf_append(Lexer *lx, LexerBuf *b, const char *s, uint32_t n);
/* Make room for n more bytes plus the terminating NUL. */
bool lexer_buf_reserve(Lexer *lx, LexerBuf *b, uint32_t n);

/* Record an error (only the first one counts). fmt understands %s, %d, %c
 * and %.*s only. Always returns false so callers can `return lexer_error(..)`. */
bool lexer_error(ParseError *err, ParseErrorKind kind, int line, int col,
                 const char *fmt, ...);
bool lexer_verror(ParseError *err, ParseErrorKind kind, int line, int col,
                  const char *fmt, va_list ap);

/* 1-based character column of byte p on the lexer's current line. */
int lexer_col(Lexer *lx, const char *p);

#endif
