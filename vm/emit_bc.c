/*
 * emit_bc.c — the bytecode emitter: the implementation of emit.h that
 * builds a Code object (code.h) from the code generator's instruction
 * stream.
 *
 * Bytes, labels, jump fixups, line entries and the lookup tables for
 * constants and names live in the compiler's arena; the Python objects
 * (constants, names, cache names) are kept in lists that are appended to the
 * caller's `keep` list at creation so a collection during compilation
 * cannot free them. Stack and block depths are tracked per instruction:
 * each jump records the depth its target will see; placing a label takes
 * that depth (code after an unconditional jump is only reachable there).
 */
#include "emit.h"

#include <string.h>

#include "err.h"
#include "gc.h"
#include "list.h"

#define NO_OFFSET UINT32_MAX
#define LIMIT_U16 65535u

typedef struct Label {
    uint32_t offset;     /* NO_OFFSET until placed */
    int32_t depth;       /* stack depth on arrival, -1 unknown */
    int32_t blocks;
} Label;

typedef struct Fixup {
    uint32_t at;         /* byte offset of the 16-bit operand */
    EmitLabel label;
} Fixup;

typedef struct LineEntry {
    uint32_t pc;
    int line;
} LineEntry;

/* value_t -> index, open addressing (keys are compared by identity). */
typedef struct ValueMap {
    value_t *keys;
    uint32_t *index;
    uint32_t cap, used;  /* cap: power of two or 0 */
} ValueMap;

typedef struct BcEmitter {
    Emitter base;
    Arena *arena;
    value_t consts, names, cache_names; /* lists */
    ValueMap const_map, name_map;
    uint8_t *code;
    uint32_t len, cap;
    Label *labels;
    uint32_t nlabels, labels_cap;
    Fixup *fixups;
    uint32_t nfixups, fixups_cap;
    LineEntry *lines;
    uint32_t nlines, lines_cap;
    int line;
    int32_t depth, max_depth, blocks, max_blocks;
} BcEmitter;

static void fail(BcEmitter *e, const char *msg)
{
    if (!e->base.failed) {
        e->base.failed = true;
        e->base.error = msg;
        if (!msg)
            err_no_memory();
    }
}

/* Grows an arena array of `size`-byte items to hold `need` of them. */
static bool grow(BcEmitter *e, void **items, uint32_t *cap, uint32_t need, size_t size)
{
    if (need <= *cap)
        return true;
    uint32_t ncap = *cap ? *cap * 2 : 16;
    while (ncap < need)
        ncap *= 2;
    void *n = arena_alloc(e->arena, (size_t)ncap * size);
    if (!n) {
        fail(e, NULL);
        return false;
    }
    if (*items)
        memcpy(n, *items, (size_t)*cap * size);
    *items = n;
    *cap = ncap;
    return true;
}

/* ---- value maps -------------------------------------------------------- */

static uint32_t map_hash(value_t v) { return (uint32_t)((v >> 3) ^ (v >> 17)) * 2654435761u; }

static uint32_t *map_find(ValueMap *m, value_t v)
{
    if (!m->cap)
        return NULL;
    for (uint32_t i = map_hash(v) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == v)
            return &m->index[i];
        if (!m->keys[i])
            return NULL;
    }
}

static bool map_put(BcEmitter *e, ValueMap *m, value_t v, uint32_t index)
{
    if ((m->used + 1) * 2 > m->cap) {
        ValueMap old = *m;
        m->cap = old.cap ? old.cap * 2 : 32;
        m->used = 0;
        m->keys = arena_zalloc(e->arena, m->cap * sizeof(value_t));
        m->index = arena_alloc(e->arena, m->cap * sizeof(uint32_t));
        if (!m->keys || !m->index) {
            *m = old;
            fail(e, NULL);
            return false;
        }
        for (uint32_t i = 0; i < old.cap; i++)
            if (old.keys[i])
                map_put(e, m, old.keys[i], old.index[i]);
    }
    uint32_t i = map_hash(v) & (m->cap - 1);
    while (m->keys[i])
        i = (i + 1) & (m->cap - 1);
    m->keys[i] = v;
    m->index[i] = index;
    m->used++;
    return true;
}

/* Index of v in `list`, appending it when new; -1 on failure. */
static int32_t intern_value(BcEmitter *e, ValueMap *m, value_t list, value_t v,
                            const char *too_many)
{
    uint32_t *found = map_find(m, v);
    if (found)
        return (int32_t)*found;
    uint32_t n = LIST(list)->len;
    if (n >= LIMIT_U16) {
        fail(e, too_many);
        return -1;
    }
    if (!list_append(list, v)) {
        fail(e, NULL);
        return -1;
    }
    return map_put(e, m, v, n) ? (int32_t)n : -1;
}

/* ---- bytes, depths, lines ----------------------------------------------- */

static void note_depth(BcEmitter *e)
{
    if (e->depth > e->max_depth)
        e->max_depth = e->depth;
    if (e->blocks > e->max_blocks)
        e->max_blocks = e->blocks;
}

static void note_line(BcEmitter *e)
{
    if (e->nlines && e->lines[e->nlines - 1].line == e->line)
        return;
    if (e->nlines && e->lines[e->nlines - 1].pc == e->len) {
        e->lines[e->nlines - 1].line = e->line;
        return;
    }
    if (!grow(e, (void **)&e->lines, &e->lines_cap, e->nlines + 1, sizeof(LineEntry)))
        return;
    e->lines[e->nlines++] = (LineEntry){ e->len, e->line };
}

/* Appends the instruction bytes (arg2: the second operand of a
 * two-operand op); false after a failure. */
static bool put2(BcEmitter *e, int op, uint32_t arg, uint32_t arg2)
{
    if (e->base.failed)
        return false;
    if (arg > LIMIT_U16 || arg2 > LIMIT_U16 || e->len > LIMIT_U16) {
        fail(e, "function too large");
        return false;
    }
    if (!grow(e, (void **)&e->code, &e->cap, e->len + 5, 1))
        return false;
    note_line(e);
    e->code[e->len++] = (uint8_t)op;
    uint32_t operands[2] = { arg, arg2 };
    for (int i = 0; i < opcode_nargs[op]; i++) {
        e->code[e->len++] = (uint8_t)operands[i];
        e->code[e->len++] = (uint8_t)(operands[i] >> 8);
    }
    return true;
}

static bool put(BcEmitter *e, int op, uint32_t arg) { return put2(e, op, arg, 0); }

/* Stack and block bookkeeping for the fall-through path of op. */
static void account(BcEmitter *e, int op, int arg)
{
    e->depth += opcode_stack_effect(op, arg, 0);
    if (op == BC_SETUP_EXCEPT || op == BC_SETUP_WITH)
        e->blocks++;
    else if (op == BC_POP_BLOCK)
        e->blocks--;
    note_depth(e);
    e->base.dead = op == BC_JUMP || op == BC_RETURN_VALUE || op == BC_RAISE ||
                   op == BC_RERAISE;
}

/* ---- the interface ------------------------------------------------------ */

static void bc_op(Emitter *base, int op, int arg)
{
    BcEmitter *e = (BcEmitter *)base;
    /* operands are 16 bits; LOAD_SMALL_INT's is signed */
    uint32_t operand = op == BC_LOAD_SMALL_INT && arg >= -32768 && arg < 0 ? (uint32_t)arg & 0xffff
                     : arg < 0 ? UINT32_MAX : (uint32_t)arg;
    if (put(e, op, operand))
        account(e, op, arg);
}

static void bc_op_const(Emitter *base, value_t v)
{
    BcEmitter *e = (BcEmitter *)base;
    if (e->base.failed)
        return;
    int32_t k = intern_value(e, &e->const_map, e->consts, v, "too many constants");
    if (k >= 0)
        bc_op(base, BC_LOAD_CONST, k);
}

static bool is_cache_op(int op)
{
    return op == BC_LOAD_GLOBAL || op == BC_LOAD_ATTR || op == BC_STORE_ATTR ||
           op == BC_LOAD_METHOD;
}

/* A new inline cache for name: one per instruction, so that each site
 * sees its own types. -1 after a failure. */
static int32_t new_cache(BcEmitter *e, value_t name)
{
    int32_t n = (int32_t)LIST(e->cache_names)->len;
    if (n >= (int32_t)LIMIT_U16) {
        fail(e, "function too large");
        return -1;
    }
    if (!list_append(e->cache_names, name)) {
        fail(e, NULL);
        return -1;
    }
    return n;
}

static void bc_op_name(Emitter *base, int op, value_t name)
{
    BcEmitter *e = (BcEmitter *)base;
    if (e->base.failed)
        return;
    int32_t n;
    if (is_cache_op(op)) {
        n = new_cache(e, name);
        if (n < 0)
            return;
    } else {
        n = intern_value(e, &e->name_map, e->names, name, "too many names");
        if (n < 0)
            return;
    }
    bc_op(base, op, n);
}

static void bc_op_slot_name(Emitter *base, int op, int slot, value_t name)
{
    BcEmitter *e = (BcEmitter *)base;
    if (e->base.failed)
        return;
    int32_t n = new_cache(e, name);
    if (n >= 0 && put2(e, op, (uint32_t)slot, (uint32_t)n))
        account(e, op, 0);
}

static EmitLabel bc_label_new(Emitter *base)
{
    BcEmitter *e = (BcEmitter *)base;
    if (!grow(e, (void **)&e->labels, &e->labels_cap, e->nlabels + 1, sizeof(Label)))
        return 0;
    e->labels[e->nlabels] = (Label){ NO_OFFSET, -1, 0 };
    return e->nlabels++;
}

/* Records the depths a jump to l arrives with. */
static void label_arrive(BcEmitter *e, EmitLabel l, int32_t depth, int32_t blocks)
{
    Label *lab = &e->labels[l];
    if (depth > lab->depth)
        lab->depth = depth;
    if (blocks > lab->blocks)
        lab->blocks = blocks;
}

static void bc_jump(Emitter *base, int op, EmitLabel l)
{
    BcEmitter *e = (BcEmitter *)base;
    if (e->base.failed || l >= e->nlabels)
        return;
    label_arrive(e, l, e->depth + opcode_stack_effect(op, 0, 1), e->blocks);
    if (!grow(e, (void **)&e->fixups, &e->fixups_cap, e->nfixups + 1, sizeof(Fixup)))
        return;
    uint32_t at = e->len + 1;
    if (!put(e, op, 0))
        return;
    e->fixups[e->nfixups++] = (Fixup){ at, l };
    account(e, op, 0);
}

static void bc_label_place(Emitter *base, EmitLabel l)
{
    BcEmitter *e = (BcEmitter *)base;
    if (e->base.failed || l >= e->nlabels)
        return;
    Label *lab = &e->labels[l];
    lab->offset = e->len;
    if (lab->depth >= 0) {
        if (e->base.dead || lab->depth > e->depth)
            e->depth = lab->depth;
        if (e->base.dead || lab->blocks > e->blocks)
            e->blocks = lab->blocks;
    }
    e->base.dead = false;
    note_depth(e);
}

static void bc_line(Emitter *base, int line)
{
    ((BcEmitter *)base)->line = line;
}

/* ---- building the Code -------------------------------------------------- */

static bool patch_jumps(BcEmitter *e)
{
    for (uint32_t i = 0; i < e->nfixups; i++) {
        uint32_t target = e->labels[e->fixups[i].label].offset;
        if (target == NO_OFFSET || target > LIMIT_U16) {
            fail(e, target == NO_OFFSET ? "internal error: unplaced label" : "function too large");
            return false;
        }
        e->code[e->fixups[i].at] = (uint8_t)target;
        e->code[e->fixups[i].at + 1] = (uint8_t)(target >> 8);
    }
    return true;
}

static int clamp8(int v) { return v > 127 ? 127 : v < -128 ? -128 : v; }

/* Encodes the line entries as code.h describes; returns the byte count. */
static uint32_t encode_lines(const BcEmitter *e, int firstline, uint8_t *out)
{
    uint32_t n = 0, pc = 0;
    int line = firstline;
    for (uint32_t i = 0; i < e->nlines; i++) {
        const LineEntry *le = &e->lines[i];
        if (le->line == line)
            continue;
        uint32_t dpc = le->pc - pc;
        for (; dpc > 255; dpc -= 255, n += 2)
            if (out)
                out[n] = 255, out[n + 1] = 0;
        int dl = le->line - line;
        do {
            int step = clamp8(dl);
            if (out)
                out[n] = (uint8_t)dpc, out[n + 1] = (uint8_t)(int8_t)step;
            n += 2;
            dpc = 0;
            dl -= step;
        } while (dl);
        pc = le->pc;
        line = le->line;
    }
    return n;
}

/* A tuple with the items of a list. */
static value_t list_to_tuple(value_t list)
{
    return tuple_from(LIST(list)->len, LIST(list)->items);
}

static bool fill_tables(BcEmitter *e, Code *c, int firstline)
{
    uint8_t *bc = gc_alloc(e->len ? e->len : 1, GC_NOSCAN);
    c->bytecode = bc;
    uint32_t nl = encode_lines(e, firstline, NULL);
    uint8_t *lt = nl ? gc_alloc(nl, GC_NOSCAN) : NULL;
    c->linetable = lt;
    uint32_t ncache = LIST(e->cache_names)->len;
    InlineCache *caches = ncache ? gc_alloc(ncache * sizeof(InlineCache), 0) : NULL;
    c->caches = caches;
    if (!bc || (nl && !lt) || (ncache && !caches))
        return err_no_memory(), false;
    memcpy(bc, e->code, e->len);
    encode_lines(e, firstline, lt);
    for (uint32_t i = 0; i < ncache; i++)
        caches[i].name = LIST(e->cache_names)->items[i];
    c->size = e->len;
    c->linetable_len = nl;
    c->ncaches = (uint16_t)ncache;
    c->consts = list_to_tuple(e->consts);
    if (!c->consts)
        return false;
    c->names = list_to_tuple(e->names);
    return c->names != VALUE_NULL;
}

static value_t bc_finish(Emitter *base, const EmitCodeInfo *info)
{
    BcEmitter *e = (BcEmitter *)base;
    if (e->base.failed || !patch_jumps(e))
        return VALUE_NULL;
    if (e->max_depth > (int32_t)LIMIT_U16 || e->len > LIMIT_U16) {
        fail(e, "function too large");
        return VALUE_NULL;
    }
    Code *c = GC_NEW(Code, &type_code);
    if (!c || !fill_tables(e, c, info->firstline)) {
        e->base.failed = true;
        return VALUE_NULL;
    }
    c->nargs = info->nargs;
    c->nposonly = info->nposonly;
    c->nkwonly = info->nkwonly;
    c->nlocals = info->nlocals;
    c->nfree = info->nfree;
    c->flags = info->flags;
    c->stacksize = (uint16_t)e->max_depth;
    c->nblocks = (uint16_t)e->max_blocks;
    c->varnames = info->varnames;
    c->name = info->name;
    c->qualname = info->qualname;
    c->filename = info->filename;
    c->doc = info->doc;
    c->firstline = info->firstline;
    return (value_t)c;
}

static const EmitterVT bc_vt = {
    bc_op, bc_op_const, bc_op_name, bc_op_slot_name, bc_jump, bc_label_new, bc_label_place, bc_line, bc_finish,
};

static bool new_kept_list(value_t keep, value_t *out)
{
    *out = list_new(0);
    return *out && list_append(keep, *out);
}

Emitter *emit_bc_new(Arena *arena, value_t keep)
{
    BcEmitter *e = arena_zalloc(arena, sizeof(BcEmitter));
    if (!e) {
        err_no_memory();
        return NULL;
    }
    e->base.vt = &bc_vt;
    e->arena = arena;
    /* each list goes into `keep` before the next allocation: the arena
     * holding e is invisible to the GC */
    if (!new_kept_list(keep, &e->consts) || !new_kept_list(keep, &e->names) ||
        !new_kept_list(keep, &e->cache_names))
        return NULL;
    return &e->base;
}
