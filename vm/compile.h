/*
 * compile.h — source text to a Code object: parse (parse.h) → scope
 * analysis → code generation through the emitter interface (decision 5).
 */
#ifndef IRQPY_COMPILE_H
#define IRQPY_COMPILE_H

#include "object.h"

enum {
    COMPILE_MODULE,   /* a file: module body */
    COMPILE_SINGLE,   /* one REPL statement: expression statements print their value (PRINT_EXPR) */
    COMPILE_EVAL,     /* a single expression: the code returns its value */
};

/* Returns a Code (CODE_MODULE flag for modules) or VALUE_NULL with the
 * exception set: SyntaxError/IndentationError whose args are
 * (msg, (filename, line, column, text)) like CPython's, and whose str is
 * the message. For COMPILE_SINGLE, *incomplete (if non-NULL) is set to true
 * when the input is a prefix of a valid statement (the REPL then asks for
 * a continuation line) and no exception is set. */
value_t compile_source(const char *src, size_t len, const char *filename, int mode,
                       bool *incomplete);

#endif
