/*
 * frame.c — where frames come from (decision 4).
 *
 * Ordinary calls take their frame from the frame stack: a fixed region of
 * CONFIG_FRAME_STACK_SIZE bytes used strictly LIFO with a bump pointer, so
 * a call costs an add and a compare. When it is full (deep recursion with
 * big frames) frames come from the GC heap instead. Generators and IRQ
 * slots keep heap frames that outlive the call that made them.
 *
 * The whole region is a GC root: it is scanned conservatively like the C
 * stack, so values in live frames need no bookkeeping. A hard IRQ handler
 * may push frames while the interrupted code is inside frame_alloc; that is
 * safe because the handler pops everything it pushed before returning.
 */
#include <string.h>

#include "config.h"
#include "err.h"
#include "gc.h"
#include "list.h"
#include "vm.h"

static value_t frame_region[CONFIG_FRAME_STACK_SIZE / sizeof(value_t)];
static char *frame_top = (char *)frame_region;
#define FRAME_REGION_END ((char *)frame_region + sizeof frame_region)

void frame_stack_init(void)
{
    gc_add_root_range(frame_region, sizeof frame_region / sizeof(value_t));
}

size_t frame_size(const Code *c)
{
    size_t slots = (size_t)c->nlocals + c->stacksize + FRAME_STACK_SLACK;
    return sizeof(Frame) + slots * sizeof(value_t) + (c->nblocks + 1u) * sizeof(Block);
}

Frame *frame_alloc(const Code *c)
{
    size_t size = (frame_size(c) + sizeof(value_t) - 1) & ~(sizeof(value_t) - 1);
    char *top = frame_top;
    if ((size_t)(FRAME_REGION_END - top) >= size) {
        frame_top = top + size;
        Frame *f = (Frame *)top;
        f->flags = 0;
        return f;
    }
    Frame *f = gc_alloc(size, 0);
    if (!f) {
        err_no_memory();
        return NULL;
    }
    f->flags = FRAME_HEAP;
    return f;
}

void frame_free(Frame *f)
{
    if (f->flags & FRAME_HEAP) gc_free(f);
    else frame_top = (char *)f;
}

void frame_init(Frame *f, const Code *c, value_t func, value_t globals, value_t locals_dict)
{
    f->code = c;
    f->func = func;
    f->globals = globals;
    f->locals_dict = locals_dict;
    f->handled_exc = VALUE_NULL;
    f->back = NULL;
    f->maxblocks = (uint16_t)(c->nblocks + 1);
    for (unsigned i = 0; i < c->nlocals; i++) f->locals[i] = VALUE_UNBOUND;
    if (c->nfree && func && FUNCTION(func)->closure) {
        size_t n;
        value_t *cells = seq_items(FUNCTION(func)->closure, &n);
        if (n > c->nfree) n = c->nfree;
        memcpy(&f->locals[c->nlocals - c->nfree], cells, n * sizeof(value_t));
    }
    f->ip = c->bytecode;
    f->sp = frame_stack_base(f);
    f->nblocks = 0;
}

void frame_rewind(Frame *f)
{
    const Code *c = f->code;
    unsigned first = (unsigned)c->nargs + c->nkwonly + !!(c->flags & CODE_VARARGS) + !!(c->flags & CODE_VARKW);
    for (unsigned i = first; i < (unsigned)(c->nlocals - c->nfree); i++) f->locals[i] = VALUE_UNBOUND;
    f->ip = c->bytecode;
    f->sp = frame_stack_base(f);
    f->nblocks = 0;
    f->handled_exc = VALUE_NULL;
}

Frame *frame_new_heap(value_t func)
{
    const Code *c = CODE(FUNCTION(func)->code);
    Frame *f = gc_alloc(frame_size(c), 0);
    if (!f) {
        err_no_memory();
        return NULL;
    }
    f->flags = FRAME_HEAP;
    frame_init(f, c, func, FUNCTION(func)->globals, VALUE_NULL);
    return f;
}
