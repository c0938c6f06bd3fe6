/*
 * arena.c - bump allocator over chunks obtained from the port (see arena.h).
 *
 * Small requests are carved from the newest chunk. A request bigger than a
 * quarter of the standard chunk gets a chunk of its own, linked behind the
 * newest one so the free tail of the current chunk is not wasted.
 */
#include "arena.h"

#include <stdint.h>
#include <string.h>

#define ARENA_CHUNK 4096
#define ALIGN8(n) (((n) + 7u) & ~(size_t)7u)

struct ArenaChunk {
    ArenaChunk *next;
    uint64_t pad;   /* keeps the payload 8-aligned on 32-bit targets */
};

void arena_init(Arena *a)
{
    a->chunks = NULL;
    a->cur = a->end = NULL;
    a->total = 0;
    a->limit = 0;
}

static ArenaChunk *new_chunk(Arena *a, size_t payload)
{
    size_t n = sizeof(ArenaChunk) + payload;
    if (n < payload || (a->limit && (a->total + n > a->limit || a->total + n < a->total)))
        return NULL;
    ArenaChunk *c = port_raw_alloc(n);
    if (c)
        a->total += n;
    return c;
}

void *arena_alloc(Arena *a, size_t n)
{
    n = ALIGN8(n ? n : 1);
    if (n == 0)
        return NULL;   /* overflow in ALIGN8 */
    if ((size_t)(a->end - a->cur) >= n) {
        void *r = a->cur;
        a->cur += n;
        return r;
    }
    if (n > ARENA_CHUNK / 4) {
        ArenaChunk *c = new_chunk(a, n);
        if (!c)
            return NULL;
        if (a->chunks) {
            c->next = a->chunks->next;
            a->chunks->next = c;
        } else {
            c->next = NULL;
            a->chunks = c;
            a->cur = a->end = (char *)(c + 1) + n;
        }
        return c + 1;
    }
    ArenaChunk *c = new_chunk(a, ARENA_CHUNK);
    if (!c)
        return NULL;
    c->next = a->chunks;
    a->chunks = c;
    a->cur = (char *)(c + 1) + n;
    a->end = (char *)(c + 1) + ARENA_CHUNK;
    return c + 1;
}

void *arena_zalloc(Arena *a, size_t n)
{
    void *r = arena_alloc(a, n);
    if (r)
        memset(r, 0, n);
    return r;
}

void arena_free_all(Arena *a)
{
    ArenaChunk *c = a->chunks;
    while (c) {
        ArenaChunk *next = c->next;
        port_raw_free(c);
        c = next;
    }
    size_t limit = a->limit;
    arena_init(a);
    a->limit = limit;
}
