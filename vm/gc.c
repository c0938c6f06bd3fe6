/*
 * gc.c — the heap allocator and mark-sweep collector (see gc.h).
 *
 * The heap is a fixed region cut into 16-byte blocks. An allocation table
 * holds 2 bits per block: FREE, HEAD (first block of an allocation), TAIL
 * (continuation) or MARK (a head reached during marking). A second bitmap
 * flags heads whose contents must not be scanned (GC_NOSCAN).
 *
 * Marking is conservative inside objects: every aligned word of a reached
 * block that points into an allocated block marks that block (interior
 * pointers count, so a pointer into the middle of a frame keeps it alive).
 * An explicit mark stack bounds recursion; when it overflows, the heap is
 * rescanned for marked blocks until nothing new is found.
 */
#include <string.h>

#include "gc.h"
#include "object.h"
#include "err.h"
#include "port.h"

#define BLOCK 16
enum { FREE = 0, HEAD = 1, TAIL = 2, MARK = 3 };

static uint8_t *alloc_table;   /* 4 blocks per byte */
static uint8_t *noscan_table;  /* 8 blocks per byte */
static uintptr_t heap_start, heap_end;
static size_t nblocks;
/* First fit keeps long-lived objects packed at the bottom of the heap (next
 * fit scatters them and leaves no large runs). To keep the search short,
 * run_hint[n] (n = 1..SMALL_RUN) is a block before which no free run of n
 * blocks starts; run_hint[0] plays that part for every larger size. The
 * hints only move forward while allocating and go back when blocks are freed. */
#define SMALL_RUN 8
static size_t run_hint[SMALL_RUN + 1];
volatile unsigned gc_locked;
static volatile unsigned unlocks; /* gc_unlock calls, to notice handlers that ran during a collection */
/* A collection also runs once this many blocks were allocated since the
 * last one (about the live size, at least 1/16 of the heap): waiting for
 * the heap to fill would spread the survivors over all of it, and a
 * non-moving heap then has no large free runs left. */
static size_t alloc_budget, allocated_since;
static bool enabled = true;
static unsigned collections;

#define MAX_ROOTS 64
static struct { value_t *start; size_t count; } roots[MAX_ROOTS];
static int nroots;

#define MARK_STACK 256
static size_t mark_stack[MARK_STACK];
static int mark_top;
static bool mark_overflow;

static inline int block_state(size_t b) { return (alloc_table[b >> 2] >> ((b & 3) * 2)) & 3; }

static inline void set_state(size_t b, int s)
{
    uint8_t *p = &alloc_table[b >> 2];
    int sh = (int)(b & 3) * 2;
    *p = (uint8_t)((*p & ~(3 << sh)) | (s << sh));
}

static inline bool is_noscan(size_t b) { return (noscan_table[b >> 3] >> (b & 7)) & 1; }

static inline void set_noscan(size_t b, bool on)
{
    if (on) noscan_table[b >> 3] |= (uint8_t)(1 << (b & 7));
    else noscan_table[b >> 3] &= (uint8_t)~(1 << (b & 7));
}

static inline void *block_ptr(size_t b) { return (void *)(heap_start + b * BLOCK); }
static inline size_t ptr_block(const void *p) { return ((uintptr_t)p - heap_start) / BLOCK; }

static void reset_hints(size_t to)
{
    for (int i = 0; i <= SMALL_RUN; i++)
        if (run_hint[i] > to) run_hint[i] = to;
}

void gc_init(void *start, size_t size)
{
    /* Table bytes per block: 1/4 (alloc) + 1/8 (noscan); blocks take the rest. */
    uintptr_t base = ((uintptr_t)start + 7) & ~(uintptr_t)7;
    size -= base - (uintptr_t)start;
    nblocks = (size * 8) / (BLOCK * 8 + 2 + 1);
    alloc_table = (uint8_t *)base;
    noscan_table = alloc_table + (nblocks + 3) / 4;
    heap_start = ((uintptr_t)(noscan_table + (nblocks + 7) / 8) + BLOCK - 1) & ~(uintptr_t)(BLOCK - 1);
    while (heap_start + nblocks * BLOCK > base + size) nblocks--;
    heap_end = heap_start + nblocks * BLOCK;
    memset(alloc_table, 0, heap_start - base);
    reset_hints(0);
    alloc_budget = nblocks / 16;
}

/* Block of the allocation containing p, or (size_t)-1 if p is not in a live block. */
static size_t find_head(uintptr_t p)
{
    if (p < heap_start || p >= heap_end) return (size_t)-1;
    size_t b = (p - heap_start) / BLOCK;
    int s = block_state(b);
    if (s == FREE) return (size_t)-1;
    while (s == TAIL) s = block_state(--b);
    return b;
}

static size_t alloc_length(size_t head)
{
    size_t n = 1;
    while (head + n < nblocks && block_state(head + n) == TAIL) n++;
    return n;
}

static void mark_block(size_t b)
{
    if (block_state(b) != HEAD) return; /* already marked */
    set_state(b, MARK);
    if (is_noscan(b)) return;
    if (mark_top < MARK_STACK) mark_stack[mark_top++] = b;
    else mark_overflow = true;
}

/* Reads any word of the stack or a block, so the sanitizer must not check it. */
__attribute__((no_sanitize_address)) static void mark_range(const void *start, size_t bytes)
{
    const uintptr_t *w = (const uintptr_t *)(((uintptr_t)start + sizeof(uintptr_t) - 1) & ~(uintptr_t)(sizeof(uintptr_t) - 1));
    const uintptr_t *end = (const uintptr_t *)((uintptr_t)start + bytes);
    for (; w < end; w++) {
        uintptr_t v = *w;
        if (v >= heap_start && v < heap_end) {
            size_t h = find_head(v);
            if (h != (size_t)-1) mark_block(h);
        }
    }
}

static void drain_mark_stack(void)
{
    while (mark_top > 0) {
        size_t b = mark_stack[--mark_top];
        mark_range(block_ptr(b), alloc_length(b) * BLOCK);
    }
}

/* After an overflow some marked blocks were never scanned: scan them all again. */
static void rescan_marked(void)
{
    while (mark_overflow) {
        mark_overflow = false;
        for (size_t b = 0; b < nblocks; b++) {
            if (block_state(b) == MARK && !is_noscan(b)) {
                mark_range(block_ptr(b), alloc_length(b) * BLOCK);
                drain_mark_stack();
            }
        }
    }
}

static void __attribute__((noinline, no_sanitize_address)) mark_c_stack(void)
{
    /* Spill callee-saved registers to the stack so the scan sees them. */
    __builtin_unwind_init();
    volatile uintptr_t here = 0;
    char *lo = (char *)&here;
    char *hi = port_stack_top;
    if (hi > lo) mark_range(lo, (size_t)(hi - lo));
    drain_mark_stack();
}

/* Frees unmarked allocations and unmarks the rest; returns the blocks in use. */
static size_t sweep(void)
{
    size_t live = 0;
    for (size_t b = 0; b < nblocks; b++) {
        if ((b & 3) == 0 && alloc_table[b >> 2] == 0) { /* 4 free blocks */
            b += 3;
            continue;
        }
        int s = block_state(b);
        if (s == MARK) {
            set_state(b, HEAD);
            live++;
        } else if (s == TAIL) {
            live++;
        } else if (s == HEAD) {
            set_state(b, FREE);
            set_noscan(b, false);
            while (b + 1 < nblocks && block_state(b + 1) == TAIL) set_state(++b, FREE);
        }
    }
    reset_hints(0);
    return live;
}

/* Marks from the roots; `again` also rescans every block already marked. */
static void mark_all(bool again)
{
    mark_top = 0;
    mark_overflow = again;
    for (int i = 0; i < nroots; i++) {
        mark_range(roots[i].start, roots[i].count * sizeof(value_t));
        drain_mark_stack();
    }
    mark_c_stack();
    rescan_marked();
}

void gc_collect(void)
{
    if (gc_locked) return;
    gc_locked++;
    unsigned seen = unlocks;
    mark_all(false);
    /* A hard IRQ handler ran while marking (it locks and unlocks the heap)
     * and may have moved a pointer from a block not scanned yet into one
     * already scanned. Marking again with interrupts masked finds it; after
     * that every block a handler can reach is marked, so the sweep is safe. */
    if (unlocks != seen) {
        uint32_t irq = port_irq_disable();
        mark_all(true);
        port_irq_restore(irq);
    }
    alloc_budget = sweep();
    collections++;
    allocated_since = 0;
    if (alloc_budget < nblocks / 16) alloc_budget = nblocks / 16;
    gc_locked--;
}

void gc_add_root_range(value_t *start, size_t count)
{
    if (nroots < MAX_ROOTS) {
        roots[nroots].start = start;
        roots[nroots].count = count;
        nroots++;
    }
}

void gc_add_root(value_t *root) { gc_add_root_range(root, 1); }

/* True when none of the 4 blocks described by a table byte is free. */
static inline bool byte_full(uint8_t b) { return ((b | (b >> 1)) & 0x55) == 0x55; }

/* First run of n free blocks at or after from, or (size_t)-1. Table bytes
 * of 4 used or 4 free blocks are taken at once. *large_start gets the start
 * of the first run of more than SMALL_RUN blocks met (nblocks if none). */
static size_t find_run(size_t from, size_t n, size_t *large_start)
{
    size_t run = 0;
    *large_start = nblocks;
    for (size_t b = from; b < nblocks; b++) {
        if ((b & 3) == 0 && b + 4 <= nblocks) {
            uint8_t byte = alloc_table[b >> 2];
            if (byte_full(byte)) {
                run = 0;
                b += 3;
                continue;
            }
            if (byte == 0 && run + 4 < n) {
                run += 4;
                b += 3;
                if (run > SMALL_RUN && *large_start == nblocks) *large_start = b + 1 - run;
                continue;
            }
        }
        if (block_state(b) != FREE) {
            run = 0;
            continue;
        }
        run++;
        if (run > SMALL_RUN && *large_start == nblocks) *large_start = b + 1 - run;
        if (run == n) return b + 1 - n;
    }
    return (size_t)-1;
}

static void *alloc_blocks(size_t n, int flags)
{
    size_t *hint = &run_hint[n <= SMALL_RUN ? n : 0];
    size_t large;
    size_t first = find_run(*hint, n, &large);
    if (first == (size_t)-1) return NULL;
    /* No run of n blocks starts below first, none of more than SMALL_RUN below large. */
    if (n <= SMALL_RUN) *hint = first;
    else run_hint[0] = large;
    set_state(first, HEAD);
    for (size_t i = first + 1; i < first + n; i++) set_state(i, TAIL);
    set_noscan(first, flags & GC_NOSCAN);
    void *p = block_ptr(first);
    memset(p, 0, n * BLOCK);
    return p;
}

void *gc_alloc(size_t size, int flags)
{
    if (gc_locked) return NULL;
    size_t n = size ? (size + BLOCK - 1) / BLOCK : 1;
    if (enabled && allocated_since > alloc_budget) gc_collect();
    allocated_since += n;
    void *p = alloc_blocks(n, flags);
    if (!p && enabled) {
        gc_collect();
        p = alloc_blocks(n, flags);
    }
    return p;
}

void *gc_new_object(size_t size, const struct Type *t)
{
    Object *o = gc_alloc(size, 0);
    if (!o) {
        err_no_memory();
        return NULL;
    }
    o->type = t;
    return o;
}

size_t gc_block_size(void *p)
{
    size_t h = find_head((uintptr_t)p);
    return h == (size_t)-1 ? 0 : alloc_length(h) * BLOCK;
}

void gc_free(void *p)
{
    if (gc_locked || !p) return;
    size_t h = find_head((uintptr_t)p);
    if (h == (size_t)-1 || block_ptr(h) != p) return;
    size_t n = alloc_length(h);
    for (size_t i = 0; i < n; i++) set_state(h + i, FREE);
    set_noscan(h, false);
    while (h > 0 && block_state(h - 1) == FREE) h--; /* the run now starts here */
    reset_hints(h);
}

void *gc_realloc(void *p, size_t size, int flags)
{
    if (!p) return gc_alloc(size, flags);
    if (gc_locked) return NULL;
    size_t h = find_head((uintptr_t)p);
    size_t have = alloc_length(h);
    size_t need = size ? (size + BLOCK - 1) / BLOCK : 1;
    if (need <= have) return p;
    /* Grow in place when the following blocks are free. */
    size_t extra = 0;
    while (have + extra < need && h + have + extra < nblocks && block_state(h + have + extra) == FREE) extra++;
    if (have + extra == need) {
        for (size_t i = h + have; i < h + need; i++) set_state(i, TAIL);
        memset(block_ptr(h + have), 0, extra * BLOCK);
        return p;
    }
    void *q = gc_alloc(size, flags);
    if (!q) return NULL;
    memcpy(q, p, have * BLOCK);
    gc_free(p);
    return q;
}

void gc_unlock(void)
{
    gc_locked--;
    unlocks++;
}
void gc_enable(bool on) { enabled = on; }
bool gc_is_enabled(void) { return enabled; }

void gc_stats(GcStats *s)
{
    size_t used = 0, run = 0, best = 0;
    for (size_t b = 0; b < nblocks; b++) {
        if (block_state(b) == FREE) {
            if (++run > best) best = run;
        } else {
            used++;
            run = 0;
        }
    }
    s->total = nblocks * BLOCK;
    s->used = used * BLOCK;
    s->free = (nblocks - used) * BLOCK;
    s->max_free_block = best * BLOCK;
    s->collections = collections;
}
