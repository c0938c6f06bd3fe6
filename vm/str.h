/*
 * str.h — str (immutable UTF-8 text), and StrBuf, the growable buffer used
 * to build strings (repr, join, format, error messages).
 *
 * A Str keeps its bytes inline, the number of code points (so ASCII strings
 * index in O(1): nchars == len) and a cached hash (0: not computed yet).
 * Identifiers and attribute names are interned: one Str per distinct text,
 * so name lookups compare pointers first.
 */
#ifndef IRQPY_STR_H
#define IRQPY_STR_H

#include "object.h"

typedef struct Str {
    Object base;       /* &type_str (user subclasses box a Str: object.h Boxed) */
    uint32_t hash;     /* 0 until computed */
    uint32_t len;      /* bytes, excluding the NUL kept after them */
    uint32_t nchars;   /* code points */
    uint8_t interned;
    char data[];       /* len bytes + NUL */
} Str;

#define STR(v) ((Str *)(v))
static inline bool str_check(value_t v) { return value_is_obj(v) && OBJ(v)->type == &type_str; }
static inline const char *str_data(value_t v) { return STR(v)->data; }
static inline size_t str_len(value_t v) { return STR(v)->len; }

value_t str_new(const char *s, size_t n);          /* copies; s must be valid UTF-8 */
value_t str_from_cstr(const char *s);
value_t str_intern(const char *s, size_t n);       /* the canonical Str for this text */
value_t str_intern_cstr(const char *s);
value_t str_intern_value(value_t str);             /* canonical Str equal to str */
value_t str_from_char(uint32_t codepoint);
value_t str_concat(value_t a, value_t b);
bool str_equal(value_t a, value_t b);              /* both str */
uint32_t str_hash(value_t s);                      /* cached; never 0 after computing */
small_int_t str_compare(value_t a, value_t b);     /* <0, 0, >0 (code point order) */
bool utf8_valid(const uint8_t *s, size_t n);
size_t utf8_count(const uint8_t *s, size_t n);     /* code points */

/* The empty string and the one-character ASCII strings are preallocated. */
extern value_t str_empty;

typedef struct StrBuf {
    char *data;   /* the text area inside `block` */
    void *block;  /* gc heap block (room for a Str header, then data); kept
                   * alive by the conservative stack scan */
    size_t len, cap;
    bool failed;  /* an allocation failed: strbuf_finish raises MemoryError */
    bool fixed;   /* block is caller-owned storage that never grows: text past it is dropped */
} StrBuf;

void strbuf_init(StrBuf *b, size_t cap);
/* A StrBuf in caller-owned storage (size bytes, 8-aligned, room for the Str
 * header included), for messages built while the heap is locked. */
void strbuf_init_fixed(StrBuf *b, void *storage, size_t size);
void strbuf_add(StrBuf *b, const char *s, size_t n);
void strbuf_add_cstr(StrBuf *b, const char *s);
void strbuf_add_char(StrBuf *b, char c);
void strbuf_add_codepoint(StrBuf *b, uint32_t cp);
bool strbuf_add_repr(StrBuf *b, value_t v);        /* repr(v); false if it raised */
bool strbuf_add_str(StrBuf *b, value_t v);         /* str(v) */
value_t strbuf_finish(StrBuf *b);                  /* a new str, or VALUE_NULL (MemoryError) */
value_t strbuf_finish_bytes(StrBuf *b);            /* a new bytes object */

/* Formatting (format.c): format(v, spec), str.format, printf-style %. */
value_t format_value(value_t v, value_t spec);     /* spec: str or VALUE_NULL */
value_t format_str_method(value_t fmt, int argc, const value_t *args, value_t kwnames);
value_t format_percent(value_t fmt, value_t args); /* str % args */
value_t format_str_map(value_t fmt, value_t mapping); /* str.format_map */
/* bytes % args (same directives; %s takes bytes-like, %a/%r give ASCII repr) */
value_t format_percent_bytes(value_t fmt, value_t args);

/* Start-up: the interning table and the preallocated strs. Runs before
 * type_init_builtins (which interns names), so it needs no type dict. */
bool str_init(void);

/* s1 + s2 + ... + sn for the VM's BUILD_STRING (all parts are strs). */
value_t str_join_array(int n, const value_t *parts);

/* The iterator returned by iter(str); a static type to register at start-up. */
extern Type type_str_iterator;

/* needed from int.c / float.c: format(v, spec) for the numeric types, with
 * spec the text of the format spec (n bytes, not NUL-terminated). */
value_t int_format(value_t v, const char *spec, size_t n);
value_t float_format(value_t v, const char *spec, size_t n);

/* ---- UTF-8, code points (str_utf8.c), codecs and repr (str.c) -----------
 * Used by str, bytes and formatting. utf8_decode expects valid UTF-8. */
size_t utf8_decode(const uint8_t *s, uint32_t *cp);   /* bytes consumed */
size_t utf8_encode(uint32_t cp, uint8_t out[4]);      /* bytes written */
/* Offset of the first invalid byte (n if valid) and CPython's reason. */
size_t utf8_check(const uint8_t *s, size_t n, const char **reason);
size_t str_offset_of(value_t s, size_t index);        /* byte offset of code point index */
size_t str_index_of(value_t s, size_t offset);        /* code point index of a byte offset */
value_t str_new_nchars(const char *s, size_t n, size_t nchars); /* nchars known */
value_t str_decode(const uint8_t *s, size_t n, value_t encoding, value_t errors);
value_t str_encode(value_t s, value_t encoding, value_t errors); /* -> bytes */
void str_add_repr(StrBuf *b, value_t s, bool ascii_only); /* repr(s) or ascii(s) */
value_t str_ascii(value_t v);           /* ascii(v): repr with non-ASCII escaped */
value_t str_mul(value_t a, value_t b);  /* seq * n or n * seq for str, bytes, bytearray */
uint32_t str_hash_bytes(const void *p, size_t n); /* FNV-1a, 30 bits, never 0 */
bool str_isprintable_cp(uint32_t cp);
bool str_isspace_cp(uint32_t cp);
bool str_isalpha_cp(uint32_t cp);
bool str_isdigit_cp(uint32_t cp);
uint32_t str_upper_cp(uint32_t cp);
uint32_t str_lower_cp(uint32_t cp);

/* ---- Methods shared by str, bytes and bytearray (str_text.c) -------------
 * Written once over a byte-range view; the kind of self selects index units
 * (code points for str, bytes otherwise), argument types and result type. */
enum { TEXT_STR, TEXT_BYTES, TEXT_BYTEARRAY };

typedef struct Text {
    const uint8_t *p;
    size_t n;        /* bytes */
    size_t units;    /* code points for str, else n */
    uint8_t kind;
    uint8_t byte;    /* storage when an int argument stands for one byte */
} Text;

bool text_view(value_t self, Text *t);   /* self: str, bytes or bytearray */
value_t text_make(const Text *like, const uint8_t *p, size_t n);
/* Substring search on bytes: offset of the first/last match in h, or -1. */
intptr_t text_search(const uint8_t *h, size_t hn, const uint8_t *nd, size_t nn);
intptr_t text_rsearch(const uint8_t *h, size_t hn, const uint8_t *nd, size_t nn);

extern const Builtin text_find, text_rfind, text_index, text_rindex, text_count,
    text_startswith, text_endswith, text_split, text_rsplit, text_splitlines,
    text_strip, text_lstrip, text_rstrip, text_replace, text_partition,
    text_rpartition, text_join, text_upper, text_lower, text_capitalize,
    text_title, text_swapcase, text_isdigit, text_isalpha, text_isspace,
    text_isalnum, text_isupper, text_islower, text_istitle, text_isascii,
    text_center, text_ljust, text_rjust, text_zfill, text_expandtabs;

#endif
