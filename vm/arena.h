/*
 * arena.h - bump allocator for the compiler front end.
 *
 * The lexer, the parser and the AST they build allocate everything (tokens,
 * nodes, decoded strings, lists) from one Arena. Nothing is freed one by
 * one: when the compiler has turned the AST into bytecode it calls
 * arena_free_all() and the whole tree disappears at once. This keeps the
 * parser free of ownership bookkeeping and makes error unwinding trivial
 * (a failed parse just returns NULL; the caller frees the arena).
 *
 * Big chunks come from the port through two hooks, so the core never calls
 * malloc itself. On a board the port can hand out a region of the GC heap
 * or a static buffer; the host port and the unit tests use malloc/free.
 */
#ifndef IRQPY_ARENA_H
#define IRQPY_ARENA_H

#include <stddef.h>

/* Provided by the port: get / give back one chunk of raw memory.
 * port_raw_alloc returns NULL when no memory is left. */
void *port_raw_alloc(size_t n);
void port_raw_free(void *p);

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
    ArenaChunk *chunks;  /* newest first */
    char *cur;           /* next free byte in the newest chunk */
    char *end;           /* end of the newest chunk */
    size_t total;        /* bytes requested from the port so far */
    size_t limit;        /* 0 = unlimited; else arena_alloc fails beyond it */
} Arena;

void arena_init(Arena *a);
/* n bytes aligned to 8, uninitialised; NULL when out of memory. */
void *arena_alloc(Arena *a, size_t n);
/* Like arena_alloc but zero-filled. */
void *arena_zalloc(Arena *a, size_t n);
/* Give every chunk back to the port; the arena is empty and reusable. */
void arena_free_all(Arena *a);

#endif
