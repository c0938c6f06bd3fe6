/*
 * parse.h - source text to AST (ast.h).
 *
 * The front end of the compiler: lexer.c turns bytes into tokens, parse.c
 * (recursive descent) turns tokens into the tree described in ast.h. All
 * memory comes from the caller's Arena; free it with arena_free_all() when
 * the tree is no longer needed (also after a failed parse).
 *
 * Errors never longjmp: on failure a parse function returns NULL and fills
 * *err with the first error found. The caller turns it into the Python
 * exception named by `kind`. Messages follow CPython 3.11's wording.
 *
 * Memory: the tree takes roughly 5 (Cortex-M) to 7 (64-bit host) times the
 * size of the source, plus about 4 KB of parser state per parse (twice that
 * once f-strings appear); set the arena's `limit` to cap it.
 *
 * Source is UTF-8 (coding cookies are ignored). Unsupported on purpose:
 * async/await, match, complex literals, \N{...} escapes, except*. Not
 * implemented: NFKC normalisation of non-ASCII identifiers (they are
 * compared byte for byte).
 */
#ifndef IRQPY_PARSE_H
#define IRQPY_PARSE_H

#include <stddef.h>
#include "arena.h"
#include "ast.h"

typedef enum ParseErrorKind {
    PARSE_OK,
    PARSE_SYNTAX_ERROR,       /* SyntaxError */
    PARSE_INDENTATION_ERROR,  /* IndentationError (a SyntaxError subclass); also
                                 for CPython's TabError ("inconsistent use of
                                 tabs and spaces in indentation") */
    PARSE_NO_MEMORY,          /* MemoryError: the arena ran out */
    /* Only from parse_interactive: the input is fine so far but not a
     * complete statement (open bracket, block header without body, open
     * triple-quoted string, trailing backslash). A REPL should read another
     * line ("... ") and parse everything again. */
    PARSE_INCOMPLETE
} ParseErrorKind;

#define PARSE_MSG_MAX 128

typedef struct ParseError {
    ParseErrorKind kind;
    int line;                 /* 1-based; 0 if unknown */
    int col;                  /* 1-based character offset, as CPython's
                                 SyntaxError.offset; 0 if unknown */
    char msg[PARSE_MSG_MAX];  /* NUL-terminated, without the "SyntaxError: " */
} ParseError;

/*
 * Maximum nesting (brackets, unary operators, blocks, and the links of
 * operator / trailer / elif chains) before the parser gives up with
 * "expression too deeply nested". It bounds the parser's C stack (about
 * 300 bytes per level on Cortex-M33 at -Os) and the height of the tree, so
 * any pass that recurses over the AST is bounded too. A port with a small
 * stack may define a lower value.
 */
#ifndef PARSE_MAX_DEPTH
#define PARSE_MAX_DEPTH 200
#endif

/* A whole file (exec mode). src need not be NUL-terminated; len bytes are
 * read. An optional UTF-8 BOM is skipped. */
AstModule *parse_module(Arena *a, const char *src, size_t len, ParseError *err);

/*
 * One interactive input (REPL, "single" mode): a simple statement line or a
 * compound statement. Never more than one statement (plus `;`-separated
 * simple ones). Returns a module whose expression statements a REPL prints.
 *
 * Pass all lines typed so far, each ending in '\n'. Returns NULL with
 * err->kind == PARSE_INCOMPLETE when more lines are needed: the input ends
 * inside brackets or a triple-quoted string, after a backslash, after a
 * decorator or block header, or inside a compound statement (even a
 * one-line `if x: pass`) not yet closed by an empty line, i.e. while the
 * text does not end in "\n\n" (spaces allowed on the empty line). Once the
 * empty line is there, an unfinished statement is a real error, as in
 * CPython's REPL.
 */
AstModule *parse_interactive(Arena *a, const char *src, size_t len, ParseError *err);

/* A single expression (eval mode); surrounding whitespace and newlines are
 * allowed. */
AstExpr *parse_expression(Arena *a, const char *src, size_t len, ParseError *err);

#endif
