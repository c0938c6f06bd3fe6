/*
 * bytes.c — the bytes-like types: bytes (immutable, data inline), bytearray
 * (mutable, data in a separate growable block) and memoryview (a window on
 * either): construction, repr, operators, indexing and slice assignment,
 * iteration, the buffer protocol, and the methods only they have. The
 * methods shared with str come from str_text.c.
 */
#include <string.h>
#include "bytes.h"
#include "str.h"
#include "err.h"
#include "gc.h"
#include "list.h"
#include "num.h"
#include "vm.h"

static Bytes bytes_empty = {{&type_bytes}, 0, 0};

static bool is_memoryview(value_t v);
static value_t mv_tobytes(value_t self);

value_t bytes_new(const uint8_t *data, size_t n)
{
    if (n == 0) return (value_t)&bytes_empty;
    if (n > UINT32_MAX - 64) return err_no_memory();
    /* Bytes holds no heap pointers (its type is static): NOSCAN */
    Bytes *b = gc_alloc(offsetof(Bytes, data) + n, GC_NOSCAN);
    if (!b) return err_no_memory();
    b->base.type = &type_bytes;
    b->len = (uint32_t)n;
    if (data) memcpy(b->data, data, n);
    return (value_t)b;
}

static bool bytearray_reserve(ByteArray *a, size_t n)
{
    if (n <= a->cap) return true;
    size_t cap = a->cap < 8 ? 8 : a->cap;
    while (cap < n) cap += cap / 2 + 8;
    if (cap > UINT32_MAX - 64) {
        err_no_memory();
        return false;
    }
    uint8_t *items = a->items ? gc_realloc(a->items, cap, GC_NOSCAN) : gc_alloc(cap, GC_NOSCAN);
    if (!items) {
        err_no_memory();
        return false;
    }
    a->items = items;
    a->cap = (uint32_t)cap;
    return true;
}

static value_t bytearray_new_type(const Type *t, const uint8_t *data, size_t n)
{
    ByteArray *a = gc_new_object(sizeof(ByteArray), t);
    if (!a || !bytearray_reserve(a, n)) return VALUE_NULL;
    if (n && data) memcpy(a->items, data, n);
    a->len = (uint32_t)n;
    return (value_t)a;
}

value_t bytearray_new(const uint8_t *data, size_t n)
{
    return bytearray_new_type(&type_bytearray, data, n);
}

bool bytearray_append(value_t ba, uint8_t byte)
{
    ByteArray *a = BYTEARRAY(ba);
    if (!vm_may_resize("bytearray") || !bytearray_reserve(a, a->len + 1u)) return false;
    a->items[a->len] = byte;
    IRQ_ORDER();
    a->len++;
    return true;
}

/* Replaces items [from, to) with n bytes (which may alias the array). */
static bool bytearray_splice(ByteArray *a, size_t from, size_t to, const uint8_t *p, size_t n)
{
    size_t old = to - from, tail = a->len - to;
    if (old != n && !vm_may_resize("bytearray")) return false;
    uint8_t tmp[32];
    uint8_t *copy = (uint8_t *)p;
    if (n && a->items && p >= a->items && p < a->items + a->cap) { /* aliasing: copy first */
        copy = n <= sizeof tmp ? tmp : gc_alloc(n, GC_NOSCAN);
        if (!copy) {
            err_no_memory();
            return false;
        }
        memcpy(copy, p, n);
    }
    if (n > old && !bytearray_reserve(a, a->len + n - old)) return false;
    if (tail) memmove(a->items + from + n, a->items + to, tail);
    if (n) memcpy(a->items + from, copy, n);
    a->len = (uint32_t)(a->len - old + n);
    return true;
}

static bool is_bytes_like(value_t v)
{
    return value_is_obj(v) && (OBJ(v)->type == &type_bytes || OBJ(v)->type == &type_bytearray);
}

static bool is_int_like(value_t v)
{
    return int_check(v) || v == VALUE_TRUE || v == VALUE_FALSE;
}

/* An int in 0..255 (TypeError / ValueError with CPython's wording otherwise). */
static bool byte_value(value_t v, uint8_t *out)
{
    small_int_t i;
    if (!is_int_like(v) && !(obj_type(v)->flags & TYPE_HEAP)) {
        err_raise(&type_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    if (!obj_get_index(v, &i)) return false;
    if (i < 0 || i > 255) {
        err_raise(&type_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = (uint8_t)i;
    return true;
}

/* The contents of bytes(x) / bytearray(x) as a temporary bytes object:
 * a count, a buffer or an iterable of ints. */
static value_t bytes_source(value_t src, value_t encoding, value_t errors)
{
    if (str_check(src)) {
        if (!encoding) return err_raise(&type_TypeError, "string argument without an encoding");
        return str_encode(src, encoding, errors);
    }
    if (encoding || errors)
        return err_raise(&type_TypeError, encoding ? "encoding without a string argument"
                                                   : "errors without a string argument");
    if (is_int_like(src)) {
        small_int_t n;
        if (!obj_get_index(src, &n)) return VALUE_NULL;
        if (n < 0) return err_raise(&type_ValueError, "negative count");
        return bytes_new(NULL, (size_t)n);
    }
    if (is_memoryview(src)) return mv_tobytes(src);
    if (obj_type(src)->buffer) {
        size_t n;
        uint8_t *p = obj_buffer(src, &n, false);
        return p ? bytes_new(p, n) : VALUE_NULL;
    }
    value_t it = obj_iter(src);
    if (!it) {
        if (err_matches(&type_TypeError)) {
            err_clear();
            return err_raise(&type_TypeError, "cannot convert '%T' object to bytes", src);
        }
        return VALUE_NULL;
    }
    StrBuf b;
    strbuf_init(&b, 16);
    for (;;) {
        value_t v = obj_next(it);
        if (!v) return VALUE_NULL;
        if (v == VALUE_STOP) break;
        uint8_t byte;
        if (!byte_value(v, &byte)) {
            if (err_matches(&type_ValueError)) {
                err_clear();
                err_raise(&type_ValueError, "bytes must be in range(0, 256)");
            }
            return VALUE_NULL;
        }
        strbuf_add_char(&b, (char)byte);
    }
    return strbuf_finish_bytes(&b);
}

static bool make_args(const char *name, int argc, const value_t *args, value_t kwnames, value_t a[3])
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    if (!arg_parse(name, argc, args, kwnames, names, 3, a)) return false;
    for (int i = 1; i < 3; i++)
        if (a[i] && !str_check(a[i])) {
            err_raise(&type_TypeError, "%s() argument '%s' must be str, not %T", name, names[i], a[i]);
            return false;
        }
    return true;
}

static value_t bytes_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    value_t a[3];
    (void)cls; /* bytes cannot be subclassed */
    if (!make_args("bytes", argc, args, kwnames, a)) return VALUE_NULL;
    if (!a[0]) return bytes_new(NULL, 0);
    if (value_is_obj(a[0]) && OBJ(a[0])->type == &type_bytes && !a[1]) return a[0];
    return bytes_source(a[0], a[1], a[2]);
}

static value_t bytearray_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    value_t a[3];
    if (!make_args("bytearray", argc, args, kwnames, a)) return VALUE_NULL;
    if (!a[0]) return bytearray_new_type(cls, NULL, 0);
    value_t b = bytes_source(a[0], a[1], a[2]);
    if (!b) return VALUE_NULL;
    return bytearray_new_type(cls, BYTES(b)->data, BYTES(b)->len);
}

/* ---- repr -------------------------------------------------------------------- */

/* b'...': single quotes unless the data has ' and no "; \xNN outside ASCII
 * printables. */
static void add_bytes_repr(StrBuf *b, const uint8_t *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    bool sq = n && memchr(p, '\'', n), dq = n && memchr(p, '"', n);
    char quote = sq && !dq ? '"' : '\'';
    strbuf_add_char(b, 'b');
    strbuf_add_char(b, quote);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (c == '\\' || c == (uint8_t)quote) {
            strbuf_add_char(b, '\\');
            strbuf_add_char(b, (char)c);
        } else if (c == '\n') strbuf_add(b, "\\n", 2);
        else if (c == '\t') strbuf_add(b, "\\t", 2);
        else if (c == '\r') strbuf_add(b, "\\r", 2);
        else if (c < 0x20 || c >= 0x7f) {
            char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            strbuf_add(b, esc, 4);
        } else
            strbuf_add_char(b, (char)c);
    }
    strbuf_add_char(b, quote);
}

static value_t bytes_repr(value_t self)
{
    StrBuf b;
    strbuf_init(&b, BYTES(self)->len + 3);
    add_bytes_repr(&b, BYTES(self)->data, BYTES(self)->len);
    return strbuf_finish(&b);
}

static value_t bytearray_repr(value_t self)
{
    ByteArray *a = BYTEARRAY(self);
    StrBuf b;
    strbuf_init(&b, a->len + 14);
    strbuf_add_cstr(&b, obj_type_name(self));
    strbuf_add_char(&b, '(');
    add_bytes_repr(&b, a->items, a->len);
    strbuf_add_char(&b, ')');
    return strbuf_finish(&b);
}

/* ---- Slots shared by both types ------------------------------------------------- */

static value_t bytes_hash(value_t self)
{
    Bytes *b = BYTES(self);
    if (!b->hash) b->hash = str_hash_bytes(b->data, b->len);
    return value_from_small((small_int_t)b->hash);
}

static value_t bytearray_hash(value_t self)
{
    return err_raise(&type_TypeError, "unhashable type: '%T'", self);
}

static value_t bytes_compare(value_t a, value_t b, int cmp)
{
    if (!is_bytes_like(a) || !is_bytes_like(b)) return VALUE_NOTIMPL;
    Text x, y;
    text_view(a, &x);
    text_view(b, &y);
    size_t n = x.n < y.n ? x.n : y.n;
    int c = n ? memcmp(x.p, y.p, n) : 0;
    if (c == 0) c = x.n < y.n ? -1 : x.n > y.n;
    switch (cmp) {
    case CMP_LT: return value_from_bool(c < 0);
    case CMP_LE: return value_from_bool(c <= 0);
    case CMP_EQ: return value_from_bool(c == 0);
    case CMP_NE: return value_from_bool(c != 0);
    case CMP_GT: return value_from_bool(c > 0);
    default: return value_from_bool(c >= 0);
    }
}

static value_t bytes_concat(value_t a, value_t b, bool inplace)
{
    if (!obj_type(b)->buffer) {
        if (obj_type(b)->flags & TYPE_HEAP) return VALUE_NOTIMPL;
        return err_raise(&type_TypeError, "can't concat %T to %T", b, a);
    }
    Text x;
    size_t n;
    text_view(a, &x);
    uint8_t *p = obj_buffer(b, &n, false);
    if (!p) return VALUE_NULL;
    if (x.kind == TEXT_BYTEARRAY && inplace) {
        ByteArray *ba = BYTEARRAY(a);
        return bytearray_splice(ba, ba->len, ba->len, p, n) ? a : VALUE_NULL;
    }
    if (x.kind == TEXT_BYTES && n == 0) return a;
    StrBuf buf;
    strbuf_init(&buf, x.n + n);
    strbuf_add(&buf, (const char *)x.p, x.n);
    strbuf_add(&buf, (const char *)p, n);
    value_t r = strbuf_finish_bytes(&buf);
    if (!r || x.kind == TEXT_BYTES) return r;
    return bytearray_new(BYTES(r)->data, BYTES(r)->len);
}

static value_t bytes_binary(value_t a, value_t b, int op)
{
    bool inplace = (op & OP_INPLACE) != 0;
    switch (op & ~OP_INPLACE) {
    case OP_ADD:
        if (!is_bytes_like(a)) return VALUE_NOTIMPL;
        return bytes_concat(a, b, inplace);
    case OP_MUL: {
        value_t r = str_mul(a, b);
        if (!r || r == VALUE_NOTIMPL || !inplace || OBJ(a)->type != &type_bytearray) return r;
        ByteArray *ba = BYTEARRAY(a); /* a *= n keeps the same object */
        ba->len = 0;
        return bytearray_splice(ba, 0, 0, BYTEARRAY(r)->items, BYTEARRAY(r)->len) ? a : VALUE_NULL;
    }
    case OP_MOD:
        if (!is_bytes_like(a)) return VALUE_NOTIMPL;
        return format_percent_bytes(a, b);
    }
    return VALUE_NOTIMPL;
}

static small_int_t bytes_len(value_t self)
{
    Text t;
    text_view(self, &t);
    return (small_int_t)t.n;
}

static int bytes_contains(value_t self, value_t item)
{
    item = obj_unbox(item);
    Text t;
    text_view(self, &t);
    if (is_int_like(item)) {
        uint8_t b;
        if (!byte_value(item, &b)) return -1;
        return t.n && memchr(t.p, b, t.n) != NULL;
    }
    if (!obj_type(item)->buffer) {
        err_raise(&type_TypeError, "a bytes-like object is required, not '%T'", item);
        return -1;
    }
    size_t n;
    uint8_t *p = obj_buffer(item, &n, false);
    if (!p) return -1;
    return text_search(t.p, t.n, p, n) >= 0;
}

static uint8_t *bytes_buffer(value_t self, size_t *len, bool writable)
{
    if (writable) {
        err_raise(&type_TypeError, "a read-write bytes-like object is required, not 'bytes'");
        return NULL;
    }
    *len = BYTES(self)->len;
    return BYTES(self)->data;
}

static uint8_t *bytearray_buffer(value_t self, size_t *len, bool writable)
{
    static uint8_t none[1];
    (void)writable;
    *len = BYTEARRAY(self)->len;
    return BYTEARRAY(self)->items ? BYTEARRAY(self)->items : none;
}

/* ---- Indexing ------------------------------------------------------------------ */

static bool index_arg(value_t self, value_t key, size_t len, size_t *out)
{
    small_int_t i;
    if (!obj_get_index(key, &i)) return false;
    if (i < 0) i += (small_int_t)len;
    if (i < 0 || i >= (small_int_t)len) {
        err_raise(&type_IndexError, OBJ(self)->type == &type_bytes ? "index out of range"
                                                                    : "bytearray index out of range");
        return false;
    }
    *out = (size_t)i;
    return true;
}

static bool is_slice(value_t v)
{
    return value_is_obj(v) && OBJ(v)->type == &type_slice;
}

static value_t get_slice(const Text *t, value_t key)
{
    small_int_t start, stop, step, count;
    if (!slice_indices(key, (small_int_t)t->n, &start, &stop, &step, &count)) return VALUE_NULL;
    if (step == 1) return text_make(t, t->p + start, count > 0 ? (size_t)count : 0);
    StrBuf b;
    strbuf_init(&b, count > 0 ? (size_t)count : 0);
    for (small_int_t i = 0, k = start; i < count; i++, k += step) strbuf_add_char(&b, (char)t->p[k]);
    value_t r = strbuf_finish_bytes(&b);
    if (!r || t->kind == TEXT_BYTES) return r;
    return bytearray_new(BYTES(r)->data, BYTES(r)->len);
}

static value_t bad_index(value_t self, value_t key)
{
    return err_raise(&type_TypeError, "%s indices must be integers or slices, not %T",
                     OBJ(self)->type == &type_bytes ? "byte" : "bytearray", key);
}

static value_t bytes_subscr(value_t self, value_t key, value_t v)
{
    if (v == VALUE_UNBOUND) return err_raise(&type_TypeError, "'bytes' object doesn't support item deletion");
    if (v) return err_raise(&type_TypeError, "'bytes' object does not support item assignment");
    Text t;
    text_view(self, &t);
    if (is_slice(key)) return get_slice(&t, key);
    if (!is_int_like(key) && !(obj_type(key)->flags & TYPE_HEAP)) return bad_index(self, key);
    size_t i;
    if (!index_arg(self, key, t.n, &i)) return VALUE_NULL;
    return value_from_small(t.p[i]);
}

/* ba[a:b:c] = v and del ba[a:b:c]. */
static value_t bytearray_set_slice(value_t self, value_t key, value_t v)
{
    ByteArray *a = BYTEARRAY(self);
    small_int_t start, stop, step, count;
    if (!slice_indices(key, a->len, &start, &stop, &step, &count)) return VALUE_NULL;
    value_t src = VALUE_NULL;
    size_t n = 0;
    if (v != VALUE_UNBOUND) {
        if (is_int_like(v)) return err_raise(&type_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        src = bytes_source(v, VALUE_NULL, VALUE_NULL);
        if (!src) return VALUE_NULL;
        n = BYTES(src)->len;
    }
    if (step == 1) {
        if (stop < start) stop = start;
        return bytearray_splice(a, (size_t)start, (size_t)stop, src ? BYTES(src)->data : NULL, n) ? VALUE_NONE
                                                                                               : VALUE_NULL;
    }
    if (count < 0) count = 0;
    if (src) {
        if (n != (size_t)count)
            return err_raise(&type_ValueError, "attempt to assign bytes of size %zu to extended slice of size %zu",
                             n, (size_t)count);
        for (small_int_t i = 0, k = start; i < count; i++, k += step) a->items[k] = BYTES(src)->data[i];
        return VALUE_NONE;
    }
    /* delete every step-th item: compact in one pass over the ascending indices */
    if (step < 0) {
        start += (count - 1) * step;
        step = -step;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start; r < a->len; r++)
        if (!((small_int_t)r < start + count * step && ((small_int_t)r - start) % step == 0))
            a->items[w++] = a->items[r];
    a->len = (uint32_t)w;
    return VALUE_NONE;
}

static value_t bytearray_subscr(value_t self, value_t key, value_t v)
{
    ByteArray *a = BYTEARRAY(self);
    if (is_slice(key)) {
        if (!v) {
            Text t;
            text_view(self, &t);
            return get_slice(&t, key);
        }
        return bytearray_set_slice(self, key, v);
    }
    if (!is_int_like(key) && !(obj_type(key)->flags & TYPE_HEAP)) return bad_index(self, key);
    size_t i;
    if (!index_arg(self, key, a->len, &i)) return VALUE_NULL;
    if (!v) return value_from_small(a->items[i]);
    if (v == VALUE_UNBOUND) return bytearray_splice(a, i, i + 1, NULL, 0) ? VALUE_NONE : VALUE_NULL;
    uint8_t b;
    if (!byte_value(v, &b)) return VALUE_NULL;
    a->items[i] = b;
    return VALUE_NONE;
}

/* ---- Iterator ------------------------------------------------------------------ */

typedef struct BytesIter {
    Object base;
    value_t seq;  /* bytes or bytearray: length re-read at each step */
    uint32_t pos;
} BytesIter;

static value_t bytes_iter(value_t self)
{
    BytesIter *it = GC_NEW(BytesIter, &type_bytes_iterator);
    if (!it) return VALUE_NULL;
    it->seq = self;
    return (value_t)it;
}

static value_t bytes_iter_self(value_t it)
{
    return it;
}

static value_t bytes_iter_next(value_t v)
{
    BytesIter *it = (BytesIter *)v;
    Text t;
    text_view(it->seq, &t);
    if (it->pos >= t.n) return VALUE_STOP;
    return value_from_small(t.p[it->pos++]);
}

Type type_bytes_iterator = {
    .base = {&type_type},
    .cname = "bytes_iterator",
    .parent = &type_object,
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
};

/* ---- Methods of bytes and bytearray ----------------------------------------------- */

static value_t m_decode(int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = {"self", "encoding", "errors", NULL};
    value_t a[3];
    Text t;
    if (!arg_parse("decode", argc, args, kwnames, names, 3, a) || !text_view(a[0], &t)) return VALUE_NULL;
    for (int i = 1; i < 3; i++)
        if (a[i] && !str_check(a[i]))
            return err_raise(&type_TypeError, "decode() argument '%s' must be str, not %T", names[i], a[i]);
    return str_decode(t.p, t.n, a[1], a[2]);
}
static BUILTIN_KW(bytes_decode_fn, "bytes.decode", 1, 3, m_decode);

static value_t m_hex(int argc, const value_t *args)
{
    static const char hex[] = "0123456789abcdef";
    Text t;
    if (!text_view(args[0], &t)) return VALUE_NULL;
    const char *sep = NULL;
    if (argc > 1) {
        if (!str_check(args[1]) || str_len(args[1]) != 1)
            return err_raise(&type_ValueError, "sep must be length 1.");
        sep = str_data(args[1]);
    }
    StrBuf b;
    strbuf_init(&b, t.n * 3);
    for (size_t i = 0; i < t.n; i++) {
        if (sep && i) strbuf_add_char(&b, *sep);
        strbuf_add_char(&b, hex[t.p[i] >> 4]);
        strbuf_add_char(&b, hex[t.p[i] & 15]);
    }
    return strbuf_finish(&b);
}
static BUILTIN_VAR(bytes_hex_fn, "bytes.hex", 1, 2, m_hex);

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static value_t m_fromhex(value_t cls, value_t s)
{
    if (!str_check(s)) return err_raise(&type_TypeError, "fromhex() argument must be str, not %T", s);
    const char *p = str_data(s);
    size_t n = str_len(s);
    StrBuf b;
    strbuf_init(&b, n / 2);
    for (size_t i = 0; i < n;) {
        if (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r')) {
            i++;
            continue;
        }
        int hi = hex_digit(p[i]), lo = i + 1 < n ? hex_digit(p[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return err_raise(&type_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                             hi < 0 ? i : i + 1);
        strbuf_add_char(&b, (char)(hi * 16 + lo));
        i += 2;
    }
    value_t r = strbuf_finish_bytes(&b);
    if (!r || cls == type_value(&type_bytes)) return r;
    return obj_call1(cls, r);
}
static BUILTIN_FIX(bytes_fromhex_fn, "bytes.fromhex", 2, m_fromhex);
static CLASS_METHOD(bytes_fromhex_cm, bytes_fromhex_fn);

/* ---- bytearray's mutators ----------------------------------------------------------- */

static value_t m_append(value_t self, value_t v)
{
    uint8_t b;
    if (!byte_value(v, &b) || !bytearray_append(self, b)) return VALUE_NULL;
    return VALUE_NONE;
}
static BUILTIN_FIX(ba_append_fn, "bytearray.append", 2, m_append);

static value_t m_extend(value_t self, value_t v)
{
    ByteArray *a = BYTEARRAY(self);
    if (str_check(v)) return err_raise(&type_TypeError, "expected iterable of integers; got: 'str'");
    value_t src = bytes_source(v, VALUE_NULL, VALUE_NULL);
    if (!src) return VALUE_NULL;
    if (!bytearray_splice(a, a->len, a->len, BYTES(src)->data, BYTES(src)->len)) return VALUE_NULL;
    return VALUE_NONE;
}
static BUILTIN_FIX(ba_extend_fn, "bytearray.extend", 2, m_extend);

static value_t m_pop(int argc, const value_t *args)
{
    ByteArray *a = BYTEARRAY(args[0]);
    if (a->len == 0) return err_raise(&type_IndexError, "pop from empty bytearray");
    small_int_t i = -1;
    if (argc > 1 && !obj_get_index(args[1], &i)) return VALUE_NULL;
    if (i < 0) i += a->len;
    if (i < 0 || i >= (small_int_t)a->len) return err_raise(&type_IndexError, "pop index out of range");
    uint8_t b = a->items[i];
    return bytearray_splice(a, (size_t)i, (size_t)i + 1, NULL, 0) ? value_from_small(b) : VALUE_NULL;
}
static BUILTIN_VAR(ba_pop_fn, "bytearray.pop", 1, 2, m_pop);

static value_t m_insert(value_t self, value_t index, value_t v)
{
    ByteArray *a = BYTEARRAY(self);
    small_int_t i;
    uint8_t b;
    if (!obj_get_index(index, &i) || !byte_value(v, &b)) return VALUE_NULL;
    if (i < 0) i += a->len;
    if (i < 0) i = 0;
    if (i > (small_int_t)a->len) i = a->len;
    return bytearray_splice(a, (size_t)i, (size_t)i, &b, 1) ? VALUE_NONE : VALUE_NULL;
}
static BUILTIN_FIX(ba_insert_fn, "bytearray.insert", 3, m_insert);

static value_t m_remove(value_t self, value_t v)
{
    ByteArray *a = BYTEARRAY(self);
    uint8_t b;
    if (!byte_value(v, &b)) return VALUE_NULL;
    uint8_t *p = a->len ? memchr(a->items, b, a->len) : NULL;
    if (!p) return err_raise(&type_ValueError, "value not found in bytearray");
    size_t i = (size_t)(p - a->items);
    return bytearray_splice(a, i, i + 1, NULL, 0) ? VALUE_NONE : VALUE_NULL;
}
static BUILTIN_FIX(ba_remove_fn, "bytearray.remove", 2, m_remove);

static value_t m_clear(value_t self)
{
    if (!vm_may_resize("bytearray")) return VALUE_NULL;
    BYTEARRAY(self)->len = 0;
    return VALUE_NONE;
}
static BUILTIN_FIX(ba_clear_fn, "bytearray.clear", 1, m_clear);

static value_t m_copy(value_t self)
{
    return bytearray_new(BYTEARRAY(self)->items, BYTEARRAY(self)->len);
}
static BUILTIN_FIX(ba_copy_fn, "bytearray.copy", 1, m_copy);

static value_t m_reverse(value_t self)
{
    ByteArray *a = BYTEARRAY(self);
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        uint8_t x = a->items[i];
        a->items[i] = a->items[j - 1];
        a->items[j - 1] = x;
    }
    return VALUE_NONE;
}
static BUILTIN_FIX(ba_reverse_fn, "bytearray.reverse", 1, m_reverse);

#define SHARED_METHODS                                                                       \
    ATTR_OBJ("capitalize", &text_capitalize), ATTR_OBJ("center", &text_center),              \
        ATTR_OBJ("count", &text_count), ATTR_OBJ("decode", &bytes_decode_fn),                \
        ATTR_OBJ("endswith", &text_endswith), ATTR_OBJ("expandtabs", &text_expandtabs),     \
        ATTR_OBJ("find", &text_find), ATTR_OBJ("fromhex", &bytes_fromhex_cm),                \
        ATTR_OBJ("hex", &bytes_hex_fn), ATTR_OBJ("index", &text_index),                      \
        ATTR_OBJ("isalnum", &text_isalnum), ATTR_OBJ("isalpha", &text_isalpha),             \
        ATTR_OBJ("isascii", &text_isascii), ATTR_OBJ("isdigit", &text_isdigit),             \
        ATTR_OBJ("islower", &text_islower), ATTR_OBJ("isspace", &text_isspace),             \
        ATTR_OBJ("istitle", &text_istitle), ATTR_OBJ("isupper", &text_isupper),             \
        ATTR_OBJ("join", &text_join), ATTR_OBJ("ljust", &text_ljust),                        \
        ATTR_OBJ("lower", &text_lower), ATTR_OBJ("lstrip", &text_lstrip),                    \
        ATTR_OBJ("partition", &text_partition), ATTR_OBJ("replace", &text_replace),          \
        ATTR_OBJ("rfind", &text_rfind), ATTR_OBJ("rindex", &text_rindex),                    \
        ATTR_OBJ("rjust", &text_rjust), ATTR_OBJ("rpartition", &text_rpartition),            \
        ATTR_OBJ("rsplit", &text_rsplit), ATTR_OBJ("rstrip", &text_rstrip),                  \
        ATTR_OBJ("split", &text_split), ATTR_OBJ("splitlines", &text_splitlines),            \
        ATTR_OBJ("startswith", &text_startswith), ATTR_OBJ("strip", &text_strip),            \
        ATTR_OBJ("swapcase", &text_swapcase), ATTR_OBJ("title", &text_title),                \
        ATTR_OBJ("upper", &text_upper), ATTR_OBJ("zfill", &text_zfill)

static const AttrDef bytes_methods[] = {
    SHARED_METHODS,
    ATTR_END,
};

static const AttrDef bytearray_methods[] = {
    SHARED_METHODS,
    ATTR_OBJ("append", &ba_append_fn),
    ATTR_OBJ("clear", &ba_clear_fn),
    ATTR_OBJ("copy", &ba_copy_fn),
    ATTR_OBJ("extend", &ba_extend_fn),
    ATTR_OBJ("insert", &ba_insert_fn),
    ATTR_OBJ("pop", &ba_pop_fn),
    ATTR_OBJ("remove", &ba_remove_fn),
    ATTR_OBJ("reverse", &ba_reverse_fn),
    ATTR_END,
};

Type type_bytes = {
    .base = {&type_type},
    .cname = "bytes",
    .parent = &type_object,
    .flags = TYPE_BASETYPE, /* user subclasses box a bytes (class.c) */
    .methods = bytes_methods,
    .make = bytes_make,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .compare = bytes_compare,
    .binary = bytes_binary,
    .len = bytes_len,
    .iter = bytes_iter,
    .subscr = bytes_subscr,
    .contains = bytes_contains,
    .buffer = bytes_buffer,
};

Type type_bytearray = {
    .base = {&type_type},
    .cname = "bytearray",
    .parent = &type_object,
    .methods = bytearray_methods,
    .make = bytearray_make,
    .repr = bytearray_repr,
    .hash = bytearray_hash,
    .compare = bytes_compare,
    .binary = bytes_binary,
    .len = bytes_len,
    .iter = bytes_iter,
    .subscr = bytearray_subscr,
    .contains = bytes_contains,
    .buffer = bytearray_buffer,
};

/* ---- memoryview ---------------------------------------------------------------
 * A window on a bytes or bytearray: start, step and length over the
 * object's buffer, fetched again at each access (a bytearray may have moved
 * its data since). Writes go through to a bytearray; bytes are read-only. */

typedef struct MemoryView {
    Object base;
    value_t obj;        /* the exporter (bytes, bytearray, ...) */
    uint32_t start, len;
    int32_t step;
    bool readonly;
} MemoryView;

#define MV(v) ((MemoryView *)(v))

static bool is_memoryview(value_t v)
{
    return value_is_obj(v) && OBJ(v)->type == &type_memoryview;
}

/* The exporter's data, or NULL (IndexError) if it shrank under the view. */
static uint8_t *mv_data(MemoryView *m)
{
    size_t n;
    uint8_t *p = obj_buffer(m->obj, &n, false);
    if (!p) return NULL;
    size_t last = m->len ? m->start + (size_t)((int64_t)(m->len - 1) * m->step) : m->start;
    if (m->len && last >= n) {
        err_raise(&type_IndexError, "memoryview: underlying buffer has shrunk");
        return NULL;
    }
    return p;
}

/* The viewed bytes as a new bytes object (tobytes, bytes(view), ==). */
static value_t mv_tobytes(value_t self)
{
    MemoryView *m = MV(self);
    uint8_t *p = mv_data(m);
    if (!p) return VALUE_NULL;
    if (m->step == 1) return bytes_new(p + m->start, m->len);
    StrBuf b;
    strbuf_init(&b, m->len);
    for (uint32_t i = 0; i < m->len; i++) strbuf_add_char(&b, (char)p[m->start + (int64_t)i * m->step]);
    return strbuf_finish_bytes(&b);
}

static value_t mv_new(value_t obj, uint32_t start, uint32_t len, int32_t step, bool readonly)
{
    MemoryView *m = GC_NEW(MemoryView, &type_memoryview);
    if (!m) return VALUE_NULL;
    m->obj = obj;
    m->start = start;
    m->len = len;
    m->step = step;
    m->readonly = readonly;
    return (value_t)m;
}

static value_t mv_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = {"object", NULL};
    value_t obj;
    (void)cls;
    if (!arg_parse("memoryview", argc, args, kwnames, names, 1, &obj)) return VALUE_NULL;
    if (!obj) return err_raise(&type_TypeError, "memoryview() missing required argument 'object' (pos 1)");
    if (is_memoryview(obj)) {
        MemoryView *m = MV(obj);
        return mv_new(m->obj, m->start, m->len, m->step, m->readonly);
    }
    if (!obj_type(obj)->buffer)
        return err_raise(&type_TypeError, "memoryview: a bytes-like object is required, not '%T'", obj);
    size_t n;
    if (!obj_buffer(obj, &n, false)) return VALUE_NULL;
    return mv_new(obj, 0, (uint32_t)n, 1, obj_type(obj_unbox(obj)) == &type_bytes);
}

static small_int_t mv_len(value_t self)
{
    return MV(self)->len;
}

static value_t mv_subscr(value_t self, value_t key, value_t v)
{
    MemoryView *m = MV(self);
    if (v == VALUE_UNBOUND) return err_raise(&type_TypeError, "cannot delete memory");
    if (v && m->readonly) return err_raise(&type_TypeError, "cannot modify read-only memory");
    /* the data is fetched after the key and the value are converted: that
     * may run Python code (__index__) that resizes the buffer */
    uint8_t *p;
    if (is_slice(key)) {
        small_int_t start, stop, step, count;
        if (!slice_indices(key, m->len, &start, &stop, &step, &count)) return VALUE_NULL;
        if (count < 0) count = 0;
        value_t part = mv_new(m->obj, (uint32_t)(m->start + (int64_t)start * m->step), (uint32_t)count,
                              (int32_t)(step * m->step), m->readonly);
        if (!part || !v) return part;
        Text src; /* view[a:b] = bytes-like of the same length */
        if (!obj_type(v)->buffer) return err_raise(&type_TypeError, "a bytes-like object is required, not '%T'", v);
        src.p = obj_buffer(v, &src.n, false);
        if (!src.p) return VALUE_NULL;
        if (src.n != (size_t)count)
            return err_raise(&type_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        uint8_t tmp[64], *copy = src.n <= sizeof tmp ? tmp : gc_alloc(src.n, GC_NOSCAN);
        if (!copy) return err_no_memory();
        if (src.n) memcpy(copy, src.p, src.n); /* the source may overlap the view */
        if (!(p = mv_data(MV(part)))) return VALUE_NULL;
        for (size_t i = 0; i < src.n; i++) p[MV(part)->start + (int64_t)i * MV(part)->step] = copy[i];
        return VALUE_NONE;
    }
    if (!is_int_like(key) && !(obj_type(key)->flags & TYPE_HEAP))
        return err_raise(&type_TypeError, "memoryview: invalid slice key");
    small_int_t i;
    if (!obj_get_index(key, &i)) return VALUE_NULL;
    if (i < 0) i += m->len;
    if (i < 0 || i >= (small_int_t)m->len) return err_raise(&type_IndexError, "index out of bounds on dimension 1");
    uint8_t b = 0;
    if (v && !byte_value(v, &b)) return VALUE_NULL;
    if (!(p = mv_data(m))) return VALUE_NULL;
    uint8_t *at = p + m->start + (int64_t)i * m->step;
    if (!v) return value_from_small(*at);
    *at = b;
    return VALUE_NONE;
}

static value_t mv_compare(value_t a, value_t b, int cmp)
{
    if ((cmp != CMP_EQ && cmp != CMP_NE) || !obj_type(a)->buffer || !obj_type(b)->buffer) return VALUE_NOTIMPL;
    value_t x = is_memoryview(a) ? mv_tobytes(a) : a, y = is_memoryview(b) ? mv_tobytes(b) : b;
    if (!x || !y) return VALUE_NULL;
    return bytes_compare(x, y, cmp);
}

/* Contiguous views only: a stepped one must go through tobytes(). */
static uint8_t *mv_buffer(value_t self, size_t *len, bool writable)
{
    MemoryView *m = MV(self);
    if (writable && m->readonly) {
        err_raise(&type_TypeError, "cannot modify read-only memory");
        return NULL;
    }
    if (m->step != 1) {
        err_raise(&type_TypeError, "memoryview: underlying buffer is not C-contiguous");
        return NULL;
    }
    uint8_t *p = mv_data(m);
    *len = m->len;
    return p ? p + m->start : NULL;
}

static value_t m_mv_tolist(value_t self)
{
    value_t b = mv_tobytes(self);
    return b ? list_from_iter(b) : VALUE_NULL;
}

static value_t m_mv_hex(value_t self)
{
    value_t b = mv_tobytes(self);
    return b ? bytes_hex_fn.fn.fv(1, &b) : VALUE_NULL;
}

static value_t m_mv_release(value_t self)
{
    (void)self;
    return VALUE_NONE;
}

static BUILTIN_FIX(mv_tobytes_fn, "memoryview.tobytes", 1, mv_tobytes);
static BUILTIN_FIX(mv_tolist_fn, "memoryview.tolist", 1, m_mv_tolist);
static BUILTIN_FIX(mv_hex_fn, "memoryview.hex", 1, m_mv_hex);
static BUILTIN_FIX(mv_release_fn, "memoryview.release", 1, m_mv_release);

static const AttrDef memoryview_methods[] = {
    ATTR_OBJ("hex", &mv_hex_fn),
    ATTR_OBJ("release", &mv_release_fn),
    ATTR_OBJ("tobytes", &mv_tobytes_fn),
    ATTR_OBJ("tolist", &mv_tolist_fn),
    ATTR_END,
};

static value_t mv_getattr(value_t self, value_t name)
{
    const char *s = str_data(name);
    if (strcmp(s, "readonly") == 0) return value_from_bool(MV(self)->readonly);
    if (strcmp(s, "nbytes") == 0) return value_from_small(MV(self)->len);
    if (strcmp(s, "obj") == 0) return MV(self)->obj;
    return obj_generic_getattr(self, name);
}

Type type_memoryview = {
    .base = {&type_type},
    .cname = "memoryview",
    .parent = &type_object,
    .methods = memoryview_methods,
    .make = mv_make,
    .compare = mv_compare,
    .len = mv_len,
    .getattr = mv_getattr,
    .subscr = mv_subscr,
    .buffer = mv_buffer,
};
