/*
 * strbuf.c — StrBuf, the growable buffer behind repr, join, format and
 * error messages.
 *
 * The buffer's gc block keeps room for a Str header in front of the text,
 * so strbuf_finish turns it into the result in place (shrinking the block)
 * instead of copying. An allocation failure only sets `failed`: callers add
 * freely and check once, at strbuf_finish.
 */
#include <string.h>
#include "str.h"
#include "bytes.h"
#include "err.h"
#include "gc.h"

#define HEADER offsetof(Str, data)

static bool strbuf_reserve(StrBuf *b, size_t extra)
{
    if (b->failed) return false;
    if (b->len + extra <= b->cap) return true;
    if (b->fixed) return false;
    size_t cap = b->cap ? b->cap : 16;
    while (cap < b->len + extra) cap *= 2;
    if (cap > UINT32_MAX - 64 - HEADER) {
        b->failed = true;
        return false;
    }
    /* +1 keeps room for the NUL that ends a Str */
    char *block = b->block ? gc_realloc(b->block, HEADER + cap + 1, GC_NOSCAN)
                           : gc_alloc(HEADER + cap + 1, GC_NOSCAN);
    if (!block) {
        b->failed = true;
        return false;
    }
    b->block = block;
    b->data = block + HEADER;
    b->cap = cap;
    return true;
}

void strbuf_init(StrBuf *b, size_t cap)
{
    b->data = NULL;
    b->block = NULL;
    b->len = b->cap = 0;
    b->failed = b->fixed = false;
    if (cap) strbuf_reserve(b, cap);
}

void strbuf_init_fixed(StrBuf *b, void *storage, size_t size)
{
    b->block = storage;
    b->data = (char *)storage + HEADER;
    b->len = 0;
    b->cap = size - HEADER - 1; /* room for the NUL */
    b->failed = false;
    b->fixed = true;
}

void strbuf_add(StrBuf *b, const char *s, size_t n)
{
    if (n == 0 || !strbuf_reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

void strbuf_add_cstr(StrBuf *b, const char *s)
{
    strbuf_add(b, s, strlen(s));
}

void strbuf_add_char(StrBuf *b, char c)
{
    if (!strbuf_reserve(b, 1)) return;
    b->data[b->len++] = c;
}

void strbuf_add_codepoint(StrBuf *b, uint32_t cp)
{
    uint8_t buf[4];
    strbuf_add(b, (const char *)buf, utf8_encode(cp, buf));
}

bool strbuf_add_repr(StrBuf *b, value_t v)
{
    if (str_check(v)) {
        str_add_repr(b, v, false);
        return true;
    }
    value_t r = obj_repr(v);
    if (!r) return false;
    strbuf_add(b, str_data(r), str_len(r));
    return true;
}

bool strbuf_add_str(StrBuf *b, value_t v)
{
    value_t s = str_check(v) ? v : obj_str(v);
    if (!s) return false;
    strbuf_add(b, str_data(s), str_len(s));
    return true;
}

/* Gives the block back to the heap when the result does not use it. */
static void strbuf_release(StrBuf *b)
{
    if (b->block && !b->fixed) gc_free(b->block);
    b->block = NULL;
    b->data = NULL;
}

value_t strbuf_finish(StrBuf *b)
{
    if (b->failed) {
        strbuf_release(b);
        return err_no_memory();
    }
    size_t nchars = utf8_count((const uint8_t *)b->data, b->len);
    if (b->len <= 1) {
        value_t s = str_new_nchars(b->data, b->len, nchars);
        strbuf_release(b);
        return s;
    }
    Str *s = b->block;
    if (!b->fixed && b->cap > b->len + 16) {
        Str *smaller = gc_realloc(s, HEADER + b->len + 1, GC_NOSCAN);
        if (smaller) s = smaller;
    }
    s->base.type = &type_str;
    s->hash = 0;
    s->len = (uint32_t)b->len;
    s->nchars = (uint32_t)nchars;
    s->interned = 0;
    s->data[b->len] = 0;
    b->block = NULL;
    b->data = NULL;
    return (value_t)s;
}

value_t strbuf_finish_bytes(StrBuf *b)
{
    if (b->failed) {
        strbuf_release(b);
        return err_no_memory();
    }
    if (b->len == 0) {
        strbuf_release(b);
        return bytes_new(NULL, 0);
    }
    /* The Bytes header is no larger than Str's: slide the data down. */
    Bytes *o = b->block;
    memmove(o->data, b->data, b->len);
    Bytes *smaller = gc_realloc(o, offsetof(Bytes, data) + b->len, GC_NOSCAN);
    if (smaller) o = smaller;
    o->base.type = &type_bytes;
    o->hash = 0;
    o->len = (uint32_t)b->len;
    b->block = NULL;
    b->data = NULL;
    return (value_t)o;
}

_Static_assert(offsetof(Bytes, data) <= offsetof(Str, data), "strbuf_finish_bytes slides data down");
