/*
 * str.c — the str type: allocation, the interning table, the codecs
 * (utf-8, ascii, latin-1), repr, and the type's slots (hash, comparison,
 * + * %, indexing and slicing, iteration) and str-only methods. The methods
 * shared with bytes live in str_text.c, UTF-8 and code point classes in
 * str_utf8.c, formatting in format.c, StrBuf in strbuf.c.
 *
 * Text is kept as UTF-8. Indexing is by code point: O(1) when the string is
 * ASCII (nchars == len), a walk over the bytes otherwise.
 */
#include <string.h>
#include "str.h"
#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "list.h"
#include "num.h"

/* The empty string and the 128 one-character ASCII strings are constant
 * objects (flash on a board, no heap): a struct with Str's layout and room
 * for the text, its hash computed at compile time (see str_hash_bytes). */
typedef struct StrConst {
    _Alignas(8) Object base;
    uint32_t hash, len, nchars;
    uint8_t interned;
    char data[2];
} StrConst;
_Static_assert(offsetof(StrConst, data) == offsetof(Str, data), "StrConst mirrors Str");

#define FNV1(c) ((2166136261u ^ (uint32_t)(c)) * 16777619u)
#define HASH30(h) (((h) ^ ((h) >> 30)) & 0x3fffffffu)
#define CHAR_STR(c) {{&type_str}, HASH30(FNV1(c)) ? HASH30(FNV1(c)) : 1, 1, 1, 1, {(char)(c), 0}}
#define CHARS8(c) CHAR_STR(c), CHAR_STR(c + 1), CHAR_STR(c + 2), CHAR_STR(c + 3), \
    CHAR_STR(c + 4), CHAR_STR(c + 5), CHAR_STR(c + 6), CHAR_STR(c + 7)

static const StrConst ascii_strs[128] = {
    CHARS8(0), CHARS8(8), CHARS8(16), CHARS8(24), CHARS8(32), CHARS8(40), CHARS8(48), CHARS8(56),
    CHARS8(64), CHARS8(72), CHARS8(80), CHARS8(88), CHARS8(96), CHARS8(104), CHARS8(112), CHARS8(120),
};
static const StrConst empty_str = {{&type_str}, HASH30(2166136261u), 0, 0, 1, {0, 0}};

#define ASCII_STR(c) ((value_t)&ascii_strs[(uint8_t)(c)])

value_t str_empty;

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- Allocation and interning ------------------------------------------- */

/* A str of n bytes, data zeroed; the caller fills data and nchars. Str holds
 * no pointers to heap blocks (its type is static), so the block is NOSCAN. */
static Str *str_alloc(size_t n)
{
    if (n > UINT32_MAX - 64) {
        err_no_memory();
        return NULL;
    }
    Str *s = gc_alloc(offsetof(Str, data) + n + 1, GC_NOSCAN);
    if (!s) {
        err_no_memory();
        return NULL;
    }
    s->base.type = &type_str;
    s->len = (uint32_t)n;
    return s;
}

value_t str_new_nchars(const char *s, size_t n, size_t nchars)
{
    if (n == 0) return str_empty;
    if (n == 1 && (uint8_t)s[0] < 0x80) return ASCII_STR(s[0]);
    Str *o = str_alloc(n);
    if (!o) return VALUE_NULL;
    memcpy(o->data, s, n);
    o->nchars = (uint32_t)nchars;
    return (value_t)o;
}

value_t str_new(const char *s, size_t n)
{
    return str_new_nchars(s, n, utf8_count((const uint8_t *)s, n));
}

value_t str_from_cstr(const char *s)
{
    return str_new(s, strlen(s));
}

value_t str_from_char(uint32_t cp)
{
    if (cp < 0x80) return ASCII_STR(cp);
    uint8_t buf[4];
    return str_new_nchars((const char *)buf, utf8_encode(cp, buf), 1);
}

uint32_t str_hash_bytes(const void *p, size_t n)
{
    const uint8_t *s = p;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 16777619u;
    }
    /* 30 bits: the hash is a small int on every port and round-trips
     * through a dict's uint32_t unchanged. */
    h = (h ^ (h >> 30)) & 0x3fffffff;
    return h ? h : 1;
}

uint32_t str_hash(value_t s)
{
    Str *o = STR(s);
    if (!o->hash) o->hash = str_hash_bytes(o->data, o->len);
    return o->hash;
}

/* Open addressing over a gc block of value_t slots (0: empty). The block
 * is a GC root: interned strings live as long as the interpreter. */
static value_t intern_root;
static uint32_t intern_count, intern_cap;

static value_t *intern_slot(value_t *table, uint32_t cap, const char *s, size_t n, uint32_t h)
{
    uint32_t i = h & (cap - 1);
    for (;;) {
        value_t v = table[i];
        if (!v) return &table[i];
        Str *o = STR(v);
        if (o->hash == h && o->len == n && memcmp(o->data, s, n) == 0) return &table[i];
        i = (i + 1) & (cap - 1);
    }
}

static bool intern_grow(void)
{
    uint32_t cap = intern_cap ? intern_cap * 2 : 256;
    value_t *table = gc_alloc(cap * sizeof(value_t), 0);
    if (!table) return false;
    value_t *old = VALUE_TO_PTR(intern_root);
    for (uint32_t i = 0; i < intern_cap; i++) {
        if (!old[i]) continue;
        Str *o = STR(old[i]);
        *intern_slot(table, cap, o->data, o->len, o->hash) = old[i];
    }
    intern_root = (value_t)table;
    intern_cap = cap;
    return true;
}

/* Finds the canonical Str for the text, or the empty slot where it goes. */
static value_t *intern_lookup(const char *s, size_t n, uint32_t h)
{
    if ((intern_count + 1) * 3 >= intern_cap * 2 && !intern_grow()) {
        if (intern_count + 1 >= intern_cap) return NULL;
    }
    return intern_slot(VALUE_TO_PTR(intern_root), intern_cap, s, n, h);
}

static value_t intern_add(value_t *slot, value_t s)
{
    if (!STR(s)->interned) STR(s)->interned = 1; /* the constant ones already are */
    *slot = s;
    intern_count++;
    return s;
}

value_t str_intern(const char *s, size_t n)
{
    uint32_t h = str_hash_bytes(s, n);
    value_t *slot = intern_lookup(s, n, h);
    if (!slot) return err_no_memory();
    if (*slot) return *slot;
    value_t v = str_new(s, n);
    if (!v) return VALUE_NULL;
    if (STR(v)->interned) return v; /* a preallocated one-char str */
    STR(v)->hash = h;
    return intern_add(slot, v);
}

value_t str_intern_cstr(const char *s)
{
    return str_intern(s, strlen(s));
}

value_t str_intern_value(value_t str)
{
    Str *o = STR(str);
    if (o->interned) return str;
    value_t *slot = intern_lookup(o->data, o->len, str_hash(str));
    if (!slot) return err_no_memory();
    if (*slot) return *slot;
    return intern_add(slot, str);
}

bool str_init(void)
{
    gc_add_root(&intern_root);
    if (!intern_grow()) return false;
    str_empty = (value_t)&empty_str;
    intern_add(intern_lookup("", 0, str_hash(str_empty)), str_empty);
    for (int c = 0; c < 128; c++) {
        value_t s = ASCII_STR(c);
        value_t *slot = intern_lookup(str_data(s), 1, str_hash(s));
        if (!slot) return false;
        intern_add(slot, s);
    }
    return true;
}

/* ---- Basic operations ----------------------------------------------------- */

bool str_equal(value_t a, value_t b)
{
    if (a == b) return true;
    Str *x = STR(a), *y = STR(b);
    if (x->len != y->len || (x->interned && y->interned)) return false;
    if (x->hash && y->hash && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, x->len) == 0;
}

/* UTF-8 byte order is code point order. */
small_int_t str_compare(value_t a, value_t b)
{
    Str *x = STR(a), *y = STR(b);
    uint32_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    if (c) return c;
    return (small_int_t)x->len - (small_int_t)y->len;
}

value_t str_concat(value_t a, value_t b)
{
    if (STR(a)->len == 0) return b;
    if (STR(b)->len == 0) return a;
    return str_join_array(2, (value_t[]){a, b});
}

value_t str_join_array(int n, const value_t *parts)
{
    size_t len = 0, nchars = 0;
    for (int i = 0; i < n; i++) {
        len += STR(parts[i])->len;
        nchars += STR(parts[i])->nchars;
    }
    if (len <= 1) {
        for (int i = 0; i < n; i++)
            if (STR(parts[i])->len) return parts[i];
        return str_empty;
    }
    Str *o = str_alloc(len);
    if (!o) return VALUE_NULL;
    char *p = o->data;
    for (int i = 0; i < n; i++) {
        memcpy(p, STR(parts[i])->data, STR(parts[i])->len);
        p += STR(parts[i])->len;
    }
    o->nchars = (uint32_t)nchars;
    return (value_t)o;
}

size_t str_offset_of(value_t s, size_t index)
{
    Str *o = STR(s);
    if (o->nchars == o->len) return index;
    const uint8_t *p = (const uint8_t *)o->data;
    size_t off = 0;
    if (index > o->nchars / 2) { /* nearer the end: walk back */
        off = o->len;
        for (size_t k = o->nchars; k > index; k--)
            do off--; while ((p[off] & 0xc0) == 0x80);
        return off;
    }
    for (size_t k = 0; k < index; k++)
        do off++; while (off < o->len && (p[off] & 0xc0) == 0x80);
    return off;
}

size_t str_index_of(value_t s, size_t offset)
{
    Str *o = STR(s);
    if (o->nchars == o->len) return offset;
    return utf8_count((const uint8_t *)o->data, offset);
}

/* ---- Codecs: utf-8, ascii, latin-1 ------------------------------------- */

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN };

/* Normalises like CPython: case and '-'/'_' do not matter. */
static int codec_lookup(value_t encoding, const char **name)
{
    if (!encoding) {
        *name = "utf-8";
        return CODEC_UTF8;
    }
    char buf[16];
    size_t k = 0;
    const char *s = str_data(encoding);
    for (size_t i = 0; i < str_len(encoding) && k < sizeof buf - 1; i++) {
        char c = s[i];
        if (c == '-' || c == '_' || c == ' ') continue;
        buf[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[k] = 0;
    static const struct { const char *alias, *name; int codec; } table[] = {
        {"utf8", "utf-8", CODEC_UTF8}, {"u8", "utf-8", CODEC_UTF8},
        {"ascii", "ascii", CODEC_ASCII}, {"usascii", "ascii", CODEC_ASCII},
        {"latin1", "latin-1", CODEC_LATIN1}, {"latin", "latin-1", CODEC_LATIN1},
        {"iso88591", "latin-1", CODEC_LATIN1}, {"l1", "latin-1", CODEC_LATIN1},
    };
    for (size_t i = 0; i < COUNT(table); i++)
        if (strcmp(buf, table[i].alias) == 0) {
            *name = table[i].name;
            return table[i].codec;
        }
    return CODEC_UNKNOWN;
}

static bool codec_errors(value_t errors, int *mode)
{
    *mode = 0; /* strict */
    if (!errors || (str_len(errors) == 6 && memcmp(str_data(errors), "strict", 6) == 0)) return true;
    if (str_len(errors) == 6 && memcmp(str_data(errors), "ignore", 6) == 0) *mode = 1;
    else if (str_len(errors) == 7 && memcmp(str_data(errors), "replace", 7) == 0) *mode = 2;
    else {
        err_raise(&type_LookupError, "unknown error handler name '%S'", errors);
        return false;
    }
    return true;
}

value_t str_decode(const uint8_t *s, size_t n, value_t encoding, value_t errors)
{
    const char *name;
    int mode, codec = codec_lookup(encoding, &name);
    if (codec == CODEC_UNKNOWN) return err_raise(&type_LookupError, "unknown encoding: %S", encoding);
    if (!codec_errors(errors, &mode)) return VALUE_NULL;
    StrBuf b;
    strbuf_init(&b, n);
    size_t i = 0;
    while (i < n) {
        const char *reason = "ordinal not in range(128)";
        size_t good = i;
        if (codec == CODEC_UTF8) good = i + utf8_check(s + i, n - i, &reason);
        else if (codec == CODEC_ASCII) while (good < n && s[good] < 0x80) good++;
        else good = n;
        if (codec == CODEC_LATIN1) {
            for (; i < n; i++) strbuf_add_codepoint(&b, s[i]);
            break;
        }
        strbuf_add(&b, (const char *)s + i, good - i);
        if (good == n) break;
        if (mode == 0) {
            static const char hex[] = "0123456789abcdef";
            char byte[3] = {hex[s[good] >> 4], hex[s[good] & 15], 0};
            return err_raise(&type_UnicodeDecodeError, "'%s' codec can't decode byte 0x%s in position %zu: %s",
                             name, byte, good, reason);
        }
        if (mode == 2) strbuf_add_codepoint(&b, 0xfffd);
        i = good + 1;
        /* skip the rest of a broken multi-byte sequence */
        while (codec == CODEC_UTF8 && i < n && (s[i] & 0xc0) == 0x80) i++;
    }
    return strbuf_finish(&b);
}

static void add_char_escape(StrBuf *b, uint32_t cp);

value_t str_encode(value_t s, value_t encoding, value_t errors)
{
    const char *name;
    int mode, codec = codec_lookup(encoding, &name);
    if (codec == CODEC_UNKNOWN) return err_raise(&type_LookupError, "unknown encoding: %S", encoding);
    if (!codec_errors(errors, &mode)) return VALUE_NULL;
    const uint8_t *p = (const uint8_t *)str_data(s);
    size_t n = str_len(s);
    if (codec == CODEC_UTF8) return bytes_new(p, n);
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : 0x100;
    StrBuf b;
    strbuf_init(&b, n);
    for (size_t i = 0, k = 0; i < n; k++) {
        uint32_t cp;
        i += utf8_decode(p + i, &cp);
        if (cp < limit) strbuf_add_char(&b, (char)cp);
        else if (mode == 2) strbuf_add_char(&b, '?');
        else if (mode == 0) {
            StrBuf e;
            strbuf_init(&e, 12);
            add_char_escape(&e, cp);
            value_t esc = strbuf_finish(&e);
            if (!esc) return VALUE_NULL;
            return err_raise(&type_UnicodeEncodeError,
                             "'%s' codec can't encode character '%S' in position %zu: ordinal not in range(%u)",
                             name, esc, k, (unsigned)limit);
        }
    }
    return strbuf_finish_bytes(&b);
}

/* ---- repr ------------------------------------------------------------------ */

static void add_hex(StrBuf *b, uint32_t v, int ndigits)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = ndigits - 1; i >= 0; i--) strbuf_add_char(b, hex[(v >> (4 * i)) & 15]);
}

/* \xNN, \uNNNN or \UNNNNNNNN as repr writes an unprintable code point. */
static void add_char_escape(StrBuf *b, uint32_t cp)
{
    if (cp < 0x100) {
        strbuf_add(b, "\\x", 2);
        add_hex(b, cp, 2);
    } else if (cp < 0x10000) {
        strbuf_add(b, "\\u", 2);
        add_hex(b, cp, 4);
    } else {
        strbuf_add(b, "\\U", 2);
        add_hex(b, cp, 8);
    }
}

/* CPython's rule: single quotes unless the text has ' and no ". With
 * ascii_only (ascii()), every non-ASCII code point is escaped too. */
void str_add_repr(StrBuf *b, value_t s, bool ascii_only)
{
    const uint8_t *p = (const uint8_t *)str_data(s);
    size_t n = str_len(s);
    bool sq = memchr(p, '\'', n) != NULL, dq = memchr(p, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    strbuf_add_char(b, quote);
    for (size_t i = 0; i < n;) {
        size_t start = i;
        while (i < n && p[i] >= 0x20 && p[i] < 0x7f && p[i] != '\\' && p[i] != (uint8_t)quote) i++;
        strbuf_add(b, (const char *)p + start, i - start);
        if (i == n) break;
        uint32_t cp;
        size_t k = utf8_decode(p + i, &cp);
        if (cp == '\\' || cp == (uint32_t)quote) {
            strbuf_add_char(b, '\\');
            strbuf_add_char(b, (char)cp);
        } else if (cp == '\n') strbuf_add(b, "\\n", 2);
        else if (cp == '\t') strbuf_add(b, "\\t", 2);
        else if (cp == '\r') strbuf_add(b, "\\r", 2);
        else if (cp >= 0x80 && !ascii_only && str_isprintable_cp(cp)) strbuf_add(b, (const char *)p + i, k);
        else add_char_escape(b, cp);
        i += k;
    }
    strbuf_add_char(b, quote);
}

static value_t str_repr(value_t s)
{
    StrBuf b;
    strbuf_init(&b, str_len(s) + 2);
    str_add_repr(&b, s, false);
    return strbuf_finish(&b);
}

value_t str_ascii(value_t v)
{
    value_t r = obj_repr(v);
    if (!r || STR(r)->nchars == STR(r)->len) return r;
    const uint8_t *p = (const uint8_t *)str_data(r);
    StrBuf b;
    strbuf_init(&b, str_len(r) + 8);
    for (size_t i = 0, n = str_len(r); i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(p + i, &cp);
        if (cp < 0x80) strbuf_add_char(&b, (char)cp);
        else add_char_escape(&b, cp);
        i += k;
    }
    return strbuf_finish(&b);
}

/* ---- Slots ------------------------------------------------------------------ */

static value_t str_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    value_t a[3];
    (void)cls; /* str cannot be subclassed */
    if (argc == 1 && !kwnames) return obj_str(args[0]);
    if (!arg_parse("str", argc, args, kwnames, names, 3, a)) return VALUE_NULL;
    if (!a[0]) return str_empty;
    if (!a[1] && !a[2]) return obj_str(a[0]);
    for (int i = 1; i < 3; i++)
        if (a[i] && !str_check(a[i]))
            return err_raise(&type_TypeError, "str() argument '%s' must be str, not %T",
                             names[i], a[i]);
    if (str_check(a[0])) return err_raise(&type_TypeError, "decoding str is not supported");
    const Type *t = obj_type(a[0]);
    if (!t->buffer)
        return err_raise(&type_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
    size_t n;
    uint8_t *p = obj_buffer(a[0], &n, false);
    if (!p) return VALUE_NULL;
    return str_decode(p, n, a[1], a[2]);
}

static value_t str_str(value_t s)
{
    return s;
}

static value_t str_hash_slot(value_t s)
{
    return value_from_small((small_int_t)str_hash(s));
}

static value_t str_cmp(value_t a, value_t b, int cmp)
{
    if (!str_check(a) || !str_check(b)) return VALUE_NOTIMPL;
    if (cmp == CMP_EQ) return value_from_bool(str_equal(a, b));
    if (cmp == CMP_NE) return value_from_bool(!str_equal(a, b));
    small_int_t c = str_compare(a, b);
    switch (cmp) {
    case CMP_LT: return value_from_bool(c < 0);
    case CMP_LE: return value_from_bool(c <= 0);
    case CMP_GT: return value_from_bool(c > 0);
    default: return value_from_bool(c >= 0);
    }
}

/* A user class may implement the reflected operator: leave it a chance. */
static bool is_user_instance(value_t v)
{
    return (obj_type(v)->flags & TYPE_HEAP) != 0;
}

static bool is_index_like(value_t v)
{
    return int_check(v) || v == VALUE_TRUE || v == VALUE_FALSE;
}

/* seq * n for str and bytes alike: n copies of n bytes. */
static value_t str_repeat(value_t seq, value_t count)
{
    small_int_t k;
    if (!obj_get_index(count, &k)) return VALUE_NULL;
    Text t;
    text_view(seq, &t);
    if (k <= 0 || t.n == 0) return text_make(&t, NULL, 0);
    if (k == 1 && t.kind != TEXT_BYTEARRAY) return seq;
    if ((size_t)k > (UINT32_MAX - 64) / t.n) return err_no_memory();
    size_t total = t.n * (size_t)k;
    StrBuf b;
    strbuf_init(&b, total);
    for (small_int_t i = 0; i < k; i++) strbuf_add(&b, (const char *)t.p, t.n);
    if (t.kind == TEXT_STR) return strbuf_finish(&b);
    value_t r = strbuf_finish_bytes(&b);
    if (!r || t.kind == TEXT_BYTES) return r;
    return bytearray_new(BYTES(r)->data, BYTES(r)->len);
}

static bool is_text(value_t v)
{
    const Type *t = obj_type(v);
    return t == &type_str || t == &type_bytes || t == &type_bytearray;
}

/* The binary slot for str, bytes and bytearray's * operator. */
value_t str_mul(value_t a, value_t b)
{
    value_t seq = is_text(a) ? a : b, count = seq == a ? b : a;
    if (!is_index_like(count)) {
        if (is_user_instance(count)) return VALUE_NOTIMPL;
        return err_raise(&type_TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    return str_repeat(seq, count);
}

static value_t str_binary(value_t a, value_t b, int op)
{
    switch (op & ~OP_INPLACE) {
    case OP_ADD:
        if (!str_check(a)) return VALUE_NOTIMPL;
        if (str_check(b)) return str_concat(a, b);
        if (is_user_instance(b)) return VALUE_NOTIMPL;
        return err_raise(&type_TypeError, "can only concatenate str (not \"%T\") to str", b);
    case OP_MUL:
        return str_mul(a, b);
    case OP_MOD:
        if (!str_check(a)) return VALUE_NOTIMPL;
        return format_percent(a, b);
    }
    return VALUE_NOTIMPL;
}

static small_int_t str_len_slot(value_t s)
{
    return STR(s)->nchars;
}

static int str_truthy(value_t s)
{
    return STR(s)->len != 0;
}

/* s[start:stop:step] over code points; count from slice_indices. */
static value_t str_slice(value_t s, small_int_t start, small_int_t step, small_int_t count)
{
    Str *o = STR(s);
    if (count <= 0) return str_empty;
    if (step == 1) {
        size_t from = str_offset_of(s, (size_t)start);
        size_t to = o->nchars == o->len ? from + (size_t)count : str_offset_of(s, (size_t)(start + count));
        if (from == 0 && to == o->len) return s;
        return str_new_nchars(o->data + from, to - from, (size_t)count);
    }
    const uint8_t *p = (const uint8_t *)o->data;
    StrBuf b;
    strbuf_init(&b, (size_t)count);
    size_t off = str_offset_of(s, (size_t)start);
    for (small_int_t i = 0; i < count; i++) {
        size_t k = 1;
        while (off + k < o->len && (p[off + k] & 0xc0) == 0x80) k++;
        strbuf_add(&b, (const char *)p + off, k);
        if (i + 1 == count) break;
        if (step > 0) {
            for (small_int_t j = 0; j < step; j++)
                do off++; while (off < o->len && (p[off] & 0xc0) == 0x80);
        } else {
            for (small_int_t j = 0; j < -step; j++)
                do off--; while ((p[off] & 0xc0) == 0x80);
        }
    }
    return strbuf_finish(&b);
}

static value_t str_subscr(value_t s, value_t key, value_t v)
{
    if (v == VALUE_UNBOUND) return err_raise(&type_TypeError, "'str' object doesn't support item deletion");
    if (v) return err_raise(&type_TypeError, "'str' object does not support item assignment");
    Str *o = STR(s);
    if (value_is_obj(key) && OBJ(key)->type == &type_slice) {
        small_int_t start, stop, step, count;
        if (!slice_indices(key, o->nchars, &start, &stop, &step, &count)) return VALUE_NULL;
        return str_slice(s, start, step, count);
    }
    small_int_t i;
    if (value_is_int(key)) i = value_to_small(key);
    else if (is_index_like(key) || is_user_instance(key)) {
        if (!obj_get_index(key, &i)) return VALUE_NULL;
    } else
        return err_raise(&type_TypeError, "string indices must be integers, not '%T'", key);
    if (i < 0) i += o->nchars;
    if (i < 0 || i >= (small_int_t)o->nchars) return err_raise(&type_IndexError, "string index out of range");
    if (o->nchars == o->len) return ASCII_STR(o->data[i]);
    size_t off = str_offset_of(s, (size_t)i);
    uint32_t cp;
    utf8_decode((const uint8_t *)o->data + off, &cp);
    return str_from_char(cp);
}

static int str_contains(value_t s, value_t item)
{
    item = obj_unbox(item);
    if (!str_check(item)) {
        err_raise(&type_TypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    return text_search((const uint8_t *)str_data(s), str_len(s), (const uint8_t *)str_data(item),
                       str_len(item)) >= 0;
}

/* ---- Iterator ------------------------------------------------------------------ */

typedef struct StrIter {
    Object base;
    value_t str;
    uint32_t pos; /* byte offset of the next code point */
} StrIter;

static value_t str_iter(value_t s)
{
    StrIter *it = GC_NEW(StrIter, &type_str_iterator);
    if (!it) return VALUE_NULL;
    it->str = s;
    return (value_t)it;
}

static value_t str_iter_self(value_t it)
{
    return it;
}

static value_t str_iter_next(value_t v)
{
    StrIter *it = (StrIter *)v;
    Str *o = STR(it->str);
    if (it->pos >= o->len) return VALUE_STOP;
    uint32_t cp;
    it->pos += (uint32_t)utf8_decode((const uint8_t *)o->data + it->pos, &cp);
    return str_from_char(cp);
}

Type type_str_iterator = {
    .base = {&type_type},
    .cname = "str_ascii_iterator",
    .parent = &type_object,
    .iter = str_iter_self,
    .next = str_iter_next,
};

/* ---- str-only methods ----------------------------------------------------- */

static value_t m_encode(int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = {"self", "encoding", "errors", NULL};
    value_t a[3];
    if (!arg_parse("encode", argc, args, kwnames, names, 3, a)) return VALUE_NULL;
    for (int i = 1; i < 3; i++)
        if (a[i] && !str_check(a[i]))
            return err_raise(&type_TypeError, "encode() argument '%s' must be str, not %T", names[i], a[i]);
    return str_encode(a[0], a[1], a[2]);
}
static BUILTIN_KW(str_encode_fn, "str.encode", 1, 3, m_encode);

static value_t m_format(int argc, const value_t *args, value_t kwnames)
{
    return format_str_method(args[0], argc - 1, args + 1, kwnames);
}
static BUILTIN_KW(str_format_fn, "str.format", 1, ARGS_MANY, m_format);

static value_t m_format_map(value_t self, value_t mapping)
{
    return format_str_map(self, mapping);
}
static BUILTIN_FIX(str_format_map_fn, "str.format_map", 2, m_format_map);

static value_t m_isprintable(value_t self)
{
    const uint8_t *p = (const uint8_t *)str_data(self);
    for (size_t i = 0, n = str_len(self); i < n;) {
        uint32_t cp;
        i += utf8_decode(p + i, &cp);
        if (!str_isprintable_cp(cp)) return VALUE_FALSE;
    }
    return VALUE_TRUE;
}
static BUILTIN_FIX(str_isprintable_fn, "str.isprintable", 1, m_isprintable);

static value_t m_isidentifier(value_t self)
{
    const uint8_t *p = (const uint8_t *)str_data(self);
    size_t n = str_len(self);
    if (n == 0) return VALUE_FALSE;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        bool first = i == 0;
        i += utf8_decode(p + i, &cp);
        if (!(cp == '_' || str_isalpha_cp(cp) || (!first && str_isdigit_cp(cp)))) return VALUE_FALSE;
    }
    return VALUE_TRUE;
}
static BUILTIN_FIX(str_isidentifier_fn, "str.isidentifier", 1, m_isidentifier);

static value_t m_casefold(value_t self)
{
    return text_lower.fn.f1(self);
}
static BUILTIN_FIX(str_casefold_fn, "str.casefold", 1, m_casefold);

static value_t m_getnewargs(value_t self)
{
    return tuple_from(1, &self);
}
static BUILTIN_FIX(str_getnewargs_fn, "str.__getnewargs__", 1, m_getnewargs);

/* str.maketrans(dict) / (from, to[, delete]): a dict of code points. */
static value_t m_maketrans(int argc, const value_t *args)
{
    value_t table = dict_new(0);
    if (!table) return VALUE_NULL;
    if (argc == 1) {
        if (!value_is_obj(args[0]) || OBJ(args[0])->type != &type_dict)
            return err_raise(&type_TypeError, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        value_t k, v;
        while (dict_next(args[0], &pos, &k, &v)) {
            if (str_check(k)) {
                if (STR(k)->nchars != 1)
                    return err_raise(&type_ValueError, "string keys in translate table must be of length 1");
                uint32_t cp;
                utf8_decode((const uint8_t *)str_data(k), &cp);
                k = value_from_small((small_int_t)cp);
            } else if (!int_check(k))
                return err_raise(&type_TypeError, "keys in translate table must be strings or integers");
            if (!dict_set(table, k, v)) return VALUE_NULL;
        }
        return table;
    }
    for (int i = 0; i < argc; i++)
        if (!str_check(args[i]))
            return err_raise(&type_TypeError, "maketrans() argument %d must be str, not %T", i + 1, args[i]);
    if (STR(args[0])->nchars != STR(args[1])->nchars)
        return err_raise(&type_ValueError, "the first two maketrans arguments must have equal length");
    const uint8_t *x = (const uint8_t *)str_data(args[0]), *y = (const uint8_t *)str_data(args[1]);
    for (size_t i = 0, j = 0; i < str_len(args[0]);) {
        uint32_t a, b;
        i += utf8_decode(x + i, &a);
        j += utf8_decode(y + j, &b);
        if (!dict_set(table, value_from_small((small_int_t)a), value_from_small((small_int_t)b))) return VALUE_NULL;
    }
    const uint8_t *z = argc > 2 ? (const uint8_t *)str_data(args[2]) : NULL;
    for (size_t i = 0; z && i < str_len(args[2]);) {
        uint32_t c;
        i += utf8_decode(z + i, &c);
        if (!dict_set(table, value_from_small((small_int_t)c), VALUE_NONE)) return VALUE_NULL;
    }
    return table;
}
static BUILTIN_VAR(str_maketrans_fn, "str.maketrans", 1, 3, m_maketrans);
static STATIC_METHOD(str_maketrans_sm, str_maketrans_fn);

/* Each code point through table[cp]: missing keeps it, None drops it, an
 * int or a str replaces it. */
static value_t m_translate(value_t self, value_t table)
{
    const uint8_t *p = (const uint8_t *)str_data(self);
    size_t n = str_len(self);
    StrBuf b;
    strbuf_init(&b, n);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(p + i, &cp);
        value_t r = obj_getitem(table, value_from_small((small_int_t)cp));
        if (!r) {
            if (!err_matches(&type_LookupError)) return VALUE_NULL;
            err_clear();
            strbuf_add(&b, (const char *)p + i, k);
        } else if (str_check(r)) {
            strbuf_add(&b, str_data(r), str_len(r));
        } else if (int_check(r)) {
            small_int_t c;
            if (!obj_get_index(r, &c)) return VALUE_NULL;
            if (c < 0 || c > 0x10ffff) return err_raise(&type_ValueError, "character mapping must be in range(0x110000)");
            strbuf_add_codepoint(&b, (uint32_t)c);
        } else if (r != VALUE_NONE)
            return err_raise(&type_TypeError, "character mapping must return integer, None or str");
        i += k;
    }
    return strbuf_finish(&b);
}
static BUILTIN_FIX(str_translate_fn, "str.translate", 2, m_translate);

static const AttrDef str_methods[] = {
    ATTR_OBJ("capitalize", &text_capitalize),
    ATTR_OBJ("casefold", &str_casefold_fn),
    ATTR_OBJ("center", &text_center),
    ATTR_OBJ("count", &text_count),
    ATTR_OBJ("encode", &str_encode_fn),
    ATTR_OBJ("endswith", &text_endswith),
    ATTR_OBJ("expandtabs", &text_expandtabs),
    ATTR_OBJ("find", &text_find),
    ATTR_OBJ("format", &str_format_fn),
    ATTR_OBJ("format_map", &str_format_map_fn),
    ATTR_OBJ("index", &text_index),
    ATTR_OBJ("isalnum", &text_isalnum),
    ATTR_OBJ("isalpha", &text_isalpha),
    ATTR_OBJ("isascii", &text_isascii),
    ATTR_OBJ("isdecimal", &text_isdigit),
    ATTR_OBJ("isdigit", &text_isdigit),
    ATTR_OBJ("isidentifier", &str_isidentifier_fn),
    ATTR_OBJ("islower", &text_islower),
    ATTR_OBJ("isnumeric", &text_isdigit),
    ATTR_OBJ("isprintable", &str_isprintable_fn),
    ATTR_OBJ("isspace", &text_isspace),
    ATTR_OBJ("istitle", &text_istitle),
    ATTR_OBJ("isupper", &text_isupper),
    ATTR_OBJ("join", &text_join),
    ATTR_OBJ("ljust", &text_ljust),
    ATTR_OBJ("lower", &text_lower),
    ATTR_OBJ("lstrip", &text_lstrip),
    ATTR_OBJ("maketrans", &str_maketrans_sm),
    ATTR_OBJ("partition", &text_partition),
    ATTR_OBJ("replace", &text_replace),
    ATTR_OBJ("rfind", &text_rfind),
    ATTR_OBJ("rindex", &text_rindex),
    ATTR_OBJ("rjust", &text_rjust),
    ATTR_OBJ("rpartition", &text_rpartition),
    ATTR_OBJ("rsplit", &text_rsplit),
    ATTR_OBJ("rstrip", &text_rstrip),
    ATTR_OBJ("split", &text_split),
    ATTR_OBJ("splitlines", &text_splitlines),
    ATTR_OBJ("startswith", &text_startswith),
    ATTR_OBJ("strip", &text_strip),
    ATTR_OBJ("swapcase", &text_swapcase),
    ATTR_OBJ("title", &text_title),
    ATTR_OBJ("translate", &str_translate_fn),
    ATTR_OBJ("upper", &text_upper),
    ATTR_OBJ("zfill", &text_zfill),
    ATTR_OBJ("__getnewargs__", &str_getnewargs_fn),
    ATTR_END,
};

Type type_str = {
    .base = {&type_type},
    .cname = "str",
    .parent = &type_object,
    .flags = TYPE_BASETYPE, /* user subclasses box a str (class.c) */
    .methods = str_methods,
    .make = str_make,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .compare = str_cmp,
    .binary = str_binary,
    .truthy = str_truthy,
    .len = str_len_slot,
    .iter = str_iter,
    .subscr = str_subscr,
    .contains = str_contains,
};
