/*
 * code.h — a compiled code object: the contract between the compiler
 * (compile.c) and the VM (vm.c).
 *
 * Local slots: [0, nargs_total) are the parameters in order (positional,
 * then keyword-only, then *args, then **kwargs), followed by the other
 * locals, then the free variables copied in from the closure at call time
 * (nfree of them, last). A captured variable's slot holds a Cell; the
 * compiler emits MAKE_CELL at entry for each captured parameter/local.
 */
#ifndef IRQPY_CODE_H
#define IRQPY_CODE_H

#include "object.h"

enum {
    CODE_VARARGS = 1 << 0,   /* has *args */
    CODE_VARKW = 1 << 1,     /* has **kwargs */
    CODE_GENERATOR = 1 << 2, /* calling creates a generator */
    CODE_MODULE = 1 << 3,    /* module body: names are globals */
    CODE_CLASS = 1 << 4,     /* class body: LOAD_NAME/STORE_NAME in a locals dict */
    CODE_NATIVE = 1 << 5,    /* @micropython.native (runs as bytecode for now) */
    CODE_VIPER = 1 << 6,     /* @micropython.viper (runs as bytecode for now) */
};

/* Inline cache entry for LOAD_GLOBAL / LOAD_ATTR / STORE_ATTR / LOAD_METHOD. */
typedef struct InlineCache {
    value_t name;        /* interned str, set by the compiler */
    const void *key;     /* type (attrs) or globals dict (globals); NULL: empty */
    uint32_t version;    /* dict/type version the entry is valid for */
    uint32_t version2;   /* builtins dict version (LOAD_GLOBAL) */
    value_t value;       /* cached attribute / function / global */
} InlineCache;

typedef struct Code {
    Object base;          /* &type_code */
    const uint8_t *bytecode;
    uint32_t size;
    uint16_t nargs;       /* positional parameters (incl. positional-only) */
    uint16_t nkwonly;     /* keyword-only parameters */
    uint16_t nlocals;     /* all slots: parameters, locals, free variables */
    uint16_t nfree;       /* free variables (the last nfree slots) */
    uint16_t stacksize;   /* maximum value-stack depth */
    uint16_t nblocks;     /* maximum nesting of SETUP_* blocks */
    uint16_t ncaches;
    uint16_t flags;       /* CODE_* */
    value_t consts;       /* tuple */
    value_t names;        /* tuple of interned str */
    value_t varnames;     /* tuple of interned str, one per local slot */
    value_t name;         /* function name (str) */
    value_t qualname;
    value_t filename;     /* str */
    int firstline;
    const uint8_t *linetable; /* pairs (bytecode delta, line delta as int8), see code_line() */
    uint32_t linetable_len;
    InlineCache *caches;  /* ncaches entries, RAM */
} Code;

#define CODE(v) ((Code *)(v))

/* Source line of the instruction at offset `pc`. */
int code_line(const Code *c, uint32_t pc);
/* Prints a disassembly through the port's console (debugging, `-X dis`). */
void code_disassemble(const Code *c);

#endif
