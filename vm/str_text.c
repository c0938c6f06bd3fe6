/*
 * str_text.c — the methods str, bytes and bytearray share (find, split,
 * strip, replace, join, case mapping, padding, predicates ...).
 *
 * Each is written once over a Text view of self: the bytes, their count in
 * index units (code points for str, bytes otherwise) and the kind, which
 * decides argument types, error wording, character classes (Unicode for
 * str, ASCII for bytes) and the type of results. Searching works on the
 * UTF-8 bytes directly; only indices convert between bytes and code points,
 * and not at all for ASCII text.
 */
#include <string.h>
#include "str.h"
#include "bytes.h"
#include "err.h"
#include "list.h"
#include "num.h"

/* ---- Views, arguments, results ------------------------------------------ */

bool text_view(value_t self, Text *t)
{
    t->kind = TEXT_STR;
    if (str_check(self)) {
        t->p = (const uint8_t *)str_data(self);
        t->n = str_len(self);
        t->units = STR(self)->nchars;
        return true;
    }
    const Type *type = obj_type(self);
    if (type == &type_bytes) {
        t->kind = TEXT_BYTES;
        t->p = BYTES(self)->data;
        t->n = t->units = BYTES(self)->len;
        return true;
    }
    if (type == &type_bytearray) {
        static const uint8_t none[1];
        t->kind = TEXT_BYTEARRAY;
        t->p = BYTEARRAY(self)->items ? BYTEARRAY(self)->items : none; /* never allocated */
        t->n = t->units = BYTEARRAY(self)->len;
        return true;
    }
    err_raise(&type_TypeError, "descriptor requires a 'str' or bytes object but received a '%T'", self);
    return false;
}

value_t text_make(const Text *like, const uint8_t *p, size_t n)
{
    switch (like->kind) {
    case TEXT_STR:
        if (like->units == like->n) return str_new_nchars((const char *)p, n, n);
        return str_new((const char *)p, n);
    case TEXT_BYTES:
        return bytes_new(p, n);
    default:
        return bytearray_new(p, n);
    }
}

/* self itself when nothing changed (immutable kinds), else a copy. */
static value_t text_same(const Text *t, value_t self)
{
    return t->kind == TEXT_BYTEARRAY ? text_make(t, t->p, t->n) : self;
}

static bool is_str(const Text *t)
{
    return t->kind == TEXT_STR;
}

/* An argument of self's family: str for str, bytes-like for the others.
 * fname/argno select CPython's wording ("replace() argument 1 must be ..."). */
static bool text_arg(const Text *self, value_t v, Text *out, const char *fname, int argno)
{
    v = obj_unbox(v); /* an instance of a user subclass of str or bytes */
    if (is_str(self)) {
        if (str_check(v)) return text_view(v, out);
        if (fname) err_raise(&type_TypeError, "%s() argument %d must be str, not %T", fname, argno, v);
        else err_raise(&type_TypeError, "must be str, not %T", v);
        return false;
    }
    out->kind = TEXT_BYTES;
    if (!obj_type(v)->buffer) {
        err_raise(&type_TypeError, "a bytes-like object is required, not '%T'", v);
        return false;
    }
    out->p = obj_buffer(v, &out->n, false);
    out->units = out->n;
    return out->p != NULL;
}

/* The needle of find/count/index/in: bytes methods also take an int. */
static bool text_sub_arg(const Text *self, value_t v, Text *out)
{
    v = obj_unbox(v);
    if (!is_str(self) && (int_check(v) || v == VALUE_TRUE || v == VALUE_FALSE)) {
        small_int_t b;
        if (!obj_get_index(v, &b)) return false;
        if (b < 0 || b > 255) {
            err_raise(&type_ValueError, "byte must be in range(0, 256)");
            return false;
        }
        out->kind = TEXT_BYTES;
        out->byte = (uint8_t)b;
        out->p = &out->byte;
        out->n = out->units = 1;
        return true;
    }
    if (!is_str(self) && !obj_type(v)->buffer) {
        err_raise(&type_TypeError, "argument should be integer or bytes-like object, not '%T'", v);
        return false;
    }
    return text_arg(self, v, out, NULL, 0);
}

static bool is_none(value_t v)
{
    return !v || v == VALUE_NONE;
}

/* ---- Units <-> bytes ----------------------------------------------------- */

static bool is_ascii(const Text *t)
{
    return t->units == t->n;
}

static size_t to_byte(const Text *t, size_t unit)
{
    if (is_ascii(t)) return unit;
    size_t off = 0;
    for (size_t k = 0; k < unit; k++)
        do off++; while (off < t->n && (t->p[off] & 0xc0) == 0x80);
    return off;
}

static size_t to_unit(const Text *t, size_t off)
{
    return is_ascii(t) ? off : utf8_count(t->p, off);
}

/* The code point (str) or byte at *pos, advancing *pos. */
static uint32_t next_char(const Text *t, size_t *pos)
{
    uint32_t c = t->p[*pos];
    if (c < 0x80 || !is_str(t)) {
        (*pos)++;
        return c;
    }
    *pos += utf8_decode(t->p + *pos, &c);
    return c;
}

/* The character ending at *end, moving *end back to its start. */
static uint32_t prev_char(const Text *t, size_t *end)
{
    size_t start = *end - 1;
    if (is_str(t))
        while (start > 0 && (t->p[start] & 0xc0) == 0x80) start--;
    size_t pos = start;
    *end = start;
    return next_char(t, &pos);
}

static void put_char(StrBuf *b, const Text *t, uint32_t c)
{
    if (is_str(t)) strbuf_add_codepoint(b, c);
    else strbuf_add_char(b, (char)c);
}

static value_t finish(StrBuf *b, const Text *t)
{
    if (is_str(t)) return strbuf_finish(b);
    value_t r = strbuf_finish_bytes(b);
    if (!r || t->kind == TEXT_BYTES) return r;
    return bytearray_new(BYTES(r)->data, BYTES(r)->len);
}

/* Optional start/end arguments (None: open) in units, CPython's clamping.
 * False with an exception on a bad type; *empty when start is past the end
 * of the text or of the range (nothing can match there). */
static bool text_range(const Text *t, int argc, const value_t *args, int first, size_t *from,
                       size_t *to, bool *empty)
{
    small_int_t lim[2] = {0, (small_int_t)t->units};
    for (int k = 0; k < 2; k++) {
        if (first + k >= argc || args[first + k] == VALUE_NONE) continue;
        small_int_t i;
        if (!obj_get_index(args[first + k], &i)) {
            err_clear();
            err_raise(&type_TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        if (i < 0) {
            i += (small_int_t)t->units;
            if (i < 0) i = 0;
        }
        lim[k] = i;
    }
    if (lim[1] > (small_int_t)t->units) lim[1] = (small_int_t)t->units;
    *empty = lim[0] > (small_int_t)t->units || lim[0] > lim[1];
    if (*empty) lim[0] = lim[1];
    *from = to_byte(t, (size_t)lim[0]);
    *to = lim[1] == lim[0] ? *from : to_byte(t, (size_t)lim[1]);
    return true;
}

/* ---- Searching ----------------------------------------------------------- */

intptr_t text_search(const uint8_t *h, size_t hn, const uint8_t *nd, size_t nn)
{
    if (nn == 0) return 0;
    if (nn > hn) return -1;
    const uint8_t *end = h + hn - nn + 1;
    for (const uint8_t *p = h; p < end; p++) {
        p = memchr(p, nd[0], (size_t)(end - p));
        if (!p) return -1;
        if (memcmp(p, nd, nn) == 0) return p - h;
    }
    return -1;
}

intptr_t text_rsearch(const uint8_t *h, size_t hn, const uint8_t *nd, size_t nn)
{
    if (nn > hn) return -1;
    if (nn == 0) return (intptr_t)hn;
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (h[i] == nd[0] && memcmp(h + i, nd, nn) == 0) return (intptr_t)i;
    return -1;
}

static size_t count_in(const uint8_t *h, size_t hn, const Text *sub, size_t limit)
{
    size_t count = 0, pos = 0;
    while (count < limit) {
        intptr_t r = text_search(h + pos, hn - pos, sub->p, sub->n);
        if (r < 0) break;
        count++;
        pos += (size_t)r + sub->n;
    }
    return count;
}

/* find, rfind, index, rindex: the unit index of sub in self[start:end]. */
static value_t find_common(int argc, const value_t *args, bool reverse, bool raise)
{
    Text t, sub;
    size_t from, to;
    bool empty;
    if (!text_view(args[0], &t) || !text_sub_arg(&t, args[1], &sub) ||
        !text_range(&t, argc, args, 2, &from, &to, &empty))
        return VALUE_NULL;
    intptr_t r = -1;
    if (!empty) {
        r = reverse ? text_rsearch(t.p + from, to - from, sub.p, sub.n)
                    : text_search(t.p + from, to - from, sub.p, sub.n);
        if (r >= 0) r = (intptr_t)to_unit(&t, from + (size_t)r);
    }
    if (r < 0 && raise)
        return err_raise(&type_ValueError, is_str(&t) ? "substring not found" : "subsection not found");
    return value_from_small(r);
}

static value_t m_find(int argc, const value_t *args) { return find_common(argc, args, false, false); }
static value_t m_rfind(int argc, const value_t *args) { return find_common(argc, args, true, false); }
static value_t m_index(int argc, const value_t *args) { return find_common(argc, args, false, true); }
static value_t m_rindex(int argc, const value_t *args) { return find_common(argc, args, true, true); }
BUILTIN_VAR(text_find, "str.find", 2, 4, m_find);
BUILTIN_VAR(text_rfind, "str.rfind", 2, 4, m_rfind);
BUILTIN_VAR(text_index, "str.index", 2, 4, m_index);
BUILTIN_VAR(text_rindex, "str.rindex", 2, 4, m_rindex);

static value_t m_count(int argc, const value_t *args)
{
    Text t, sub;
    size_t from, to;
    bool empty;
    if (!text_view(args[0], &t) || !text_sub_arg(&t, args[1], &sub) ||
        !text_range(&t, argc, args, 2, &from, &to, &empty))
        return VALUE_NULL;
    if (empty) return value_from_small(0);
    if (sub.n == 0) return value_from_small((small_int_t)(to_unit(&t, to) - to_unit(&t, from) + 1));
    return value_from_small((small_int_t)count_in(t.p + from, to - from, &sub, SIZE_MAX));
}
BUILTIN_VAR(text_count, "str.count", 2, 4, m_count);

/* startswith / endswith: a prefix or a tuple of them, within start:end. */
static value_t affix_common(int argc, const value_t *args, bool at_end, const char *fname)
{
    Text t, sub;
    size_t from, to;
    bool empty;
    if (!text_view(args[0], &t) || !text_range(&t, argc, args, 2, &from, &to, &empty)) return VALUE_NULL;
    size_t n = 1;
    const value_t *items = &args[1];
    bool is_tuple = value_is_obj(args[1]) && OBJ(args[1])->type == &type_tuple;
    if (is_tuple) {
        items = TUPLE(args[1])->items;
        n = TUPLE(args[1])->len;
    }
    for (size_t i = 0; i < n; i++) {
        value_t item = obj_unbox(items[i]);
        bool ok = is_str(&t) ? str_check(item) : obj_type(item)->buffer != NULL;
        if (!ok) {
            const char *what = is_str(&t) ? "str" : "bytes";
            if (is_tuple)
                return err_raise(&type_TypeError, "tuple for %s must only contain %s, not %T", fname,
                                 what, item);
            return err_raise(&type_TypeError, "%s first arg must be %s or a tuple of %s, not %T", fname,
                             what, what, item);
        }
        if (!text_arg(&t, item, &sub, NULL, 0)) return VALUE_NULL;
        if (empty || sub.n > to - from) continue;
        size_t at = at_end ? to - sub.n : from;
        if (memcmp(t.p + at, sub.p, sub.n) == 0) return VALUE_TRUE;
    }
    return VALUE_FALSE;
}

static value_t m_startswith(int argc, const value_t *args) { return affix_common(argc, args, false, "startswith"); }
static value_t m_endswith(int argc, const value_t *args) { return affix_common(argc, args, true, "endswith"); }
BUILTIN_VAR(text_startswith, "str.startswith", 2, 4, m_startswith);
BUILTIN_VAR(text_endswith, "str.endswith", 2, 4, m_endswith);

/* ---- Splitting ----------------------------------------------------------------- */

static bool is_space(const Text *t, uint32_t c)
{
    if (is_str(t)) return str_isspace_cp(c);
    return c == ' ' || (c >= 0x09 && c <= 0x0d);
}

static bool add_piece(value_t list, const Text *t, size_t from, size_t to)
{
    value_t piece = text_make(t, t->p + from, to - from);
    return piece && list_append(list, piece);
}

static void list_reverse(value_t list)
{
    value_t *a = LIST(list)->items;
    for (size_t i = 0, j = LIST(list)->len; i + 1 < j; i++, j--) {
        value_t x = a[i];
        a[i] = a[j - 1];
        a[j - 1] = x;
    }
}

/* Skips characters while their space-ness equals `space`, forward or back. */
static size_t skip_fwd(const Text *t, size_t pos, bool space)
{
    while (pos < t->n) {
        size_t q = pos;
        if (is_space(t, next_char(t, &q)) != space) break;
        pos = q;
    }
    return pos;
}

static size_t skip_back(const Text *t, size_t pos, bool space)
{
    while (pos > 0) {
        size_t q = pos;
        if (is_space(t, prev_char(t, &q)) != space) break;
        pos = q;
    }
    return pos;
}

/* Whitespace runs separate; leading and trailing ones give no empty piece.
 * Once maxsplit is used up, the rest (less the whitespace before it) is one piece. */
static value_t split_space(const Text *t, small_int_t maxsplit, bool reverse)
{
    value_t list = list_new(0);
    if (!list) return VALUE_NULL;
    size_t edge = reverse ? t->n : 0;
    for (;;) {
        size_t start = reverse ? skip_back(t, edge, true) : skip_fwd(t, edge, true);
        if (reverse ? start == 0 : start >= t->n) break;
        bool last = maxsplit-- == 0;
        size_t end = last ? (reverse ? 0 : t->n) : reverse ? skip_back(t, start, false) : skip_fwd(t, start, false);
        if (!(reverse ? add_piece(list, t, end, start) : add_piece(list, t, start, end))) return VALUE_NULL;
        if (last) break;
        edge = end;
    }
    if (reverse) list_reverse(list);
    return list;
}

static value_t split_sep(const Text *t, const Text *sep, small_int_t maxsplit, bool reverse)
{
    if (sep->n == 0) return err_raise(&type_ValueError, "empty separator");
    value_t list = list_new(0);
    if (!list) return VALUE_NULL;
    if (!reverse) {
        size_t pos = 0;
        intptr_t r;
        while (maxsplit-- != 0 && (r = text_search(t->p + pos, t->n - pos, sep->p, sep->n)) >= 0) {
            if (!add_piece(list, t, pos, pos + (size_t)r)) return VALUE_NULL;
            pos += (size_t)r + sep->n;
        }
        return add_piece(list, t, pos, t->n) ? list : VALUE_NULL;
    }
    size_t end = t->n;
    intptr_t r;
    while (maxsplit-- != 0 && (r = text_rsearch(t->p, end, sep->p, sep->n)) >= 0) {
        if (!add_piece(list, t, (size_t)r + sep->n, end)) return VALUE_NULL;
        end = (size_t)r;
    }
    if (!add_piece(list, t, 0, end)) return VALUE_NULL;
    list_reverse(list);
    return list;
}

static value_t split_common(int argc, const value_t *args, value_t kwnames, bool reverse)
{
    static const char *const names[] = {"self", "sep", "maxsplit", NULL};
    value_t a[3];
    Text t, sep;
    if (!arg_parse(reverse ? "rsplit" : "split", argc, args, kwnames, names, 3, a) ||
        !text_view(a[0], &t))
        return VALUE_NULL;
    small_int_t maxsplit = -1;
    if (a[2] && !obj_get_index(a[2], &maxsplit)) return VALUE_NULL;
    if (maxsplit < 0) maxsplit = -1;
    if (is_none(a[1])) return split_space(&t, maxsplit, reverse);
    if (is_str(&t) && !str_check(obj_unbox(a[1]))) return err_raise(&type_TypeError, "must be str or None, not %T", a[1]);
    if (!text_arg(&t, a[1], &sep, NULL, 0)) return VALUE_NULL;
    return split_sep(&t, &sep, maxsplit, reverse);
}

static value_t m_split(int argc, const value_t *args, value_t kw) { return split_common(argc, args, kw, false); }
static value_t m_rsplit(int argc, const value_t *args, value_t kw) { return split_common(argc, args, kw, true); }
BUILTIN_KW(text_split, "str.split", 1, 3, m_split);
BUILTIN_KW(text_rsplit, "str.rsplit", 1, 3, m_rsplit);

static bool is_line_break(const Text *t, uint32_t c)
{
    if (c == '\n' || c == '\r') return true;
    if (!is_str(t)) return false;
    return c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

static value_t m_splitlines(int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = {"self", "keepends", NULL};
    value_t a[2];
    Text t;
    if (!arg_parse("splitlines", argc, args, kwnames, names, 2, a) || !text_view(a[0], &t)) return VALUE_NULL;
    int keep = a[1] ? obj_truthy(a[1]) : 0;
    if (keep < 0) return VALUE_NULL;
    value_t list = list_new(0);
    if (!list) return VALUE_NULL;
    size_t start = 0, pos = 0;
    while (pos < t.n) {
        size_t at = pos;
        uint32_t c = next_char(&t, &pos);
        if (!is_line_break(&t, c)) continue;
        if (c == '\r' && pos < t.n && t.p[pos] == '\n') pos++;
        if (!add_piece(list, &t, start, keep ? pos : at)) return VALUE_NULL;
        start = pos;
    }
    if (start < t.n && !add_piece(list, &t, start, t.n)) return VALUE_NULL;
    return list;
}
BUILTIN_KW(text_splitlines, "str.splitlines", 1, 2, m_splitlines);

static value_t partition_common(value_t self, value_t sepv, bool reverse)
{
    Text t, sep;
    if (!text_view(self, &t) || !text_arg(&t, sepv, &sep, NULL, 0)) return VALUE_NULL;
    if (sep.n == 0) return err_raise(&type_ValueError, "empty separator");
    intptr_t r = reverse ? text_rsearch(t.p, t.n, sep.p, sep.n) : text_search(t.p, t.n, sep.p, sep.n);
    value_t parts[3];
    if (r < 0) { /* (self, '', '') or ('', '', self); bytearray parts are fresh copies */
        value_t whole = text_same(&t, self), e1 = text_make(&t, NULL, 0), e2 = text_make(&t, NULL, 0);
        if (!whole || !e1 || !e2) return VALUE_NULL;
        parts[0] = reverse ? e1 : whole;
        parts[1] = reverse ? e2 : e1;
        parts[2] = reverse ? whole : e2;
        return tuple_from(3, parts);
    }
    size_t at = (size_t)r;
    parts[1] = is_str(&t) ? sepv : text_make(&t, sep.p, sep.n);
    if (!parts[1] || !(parts[0] = text_make(&t, t.p, at)) ||
        !(parts[2] = text_make(&t, t.p + at + sep.n, t.n - at - sep.n)))
        return VALUE_NULL;
    return tuple_from(3, parts);
}

static value_t m_partition(value_t self, value_t sep) { return partition_common(self, sep, false); }
static value_t m_rpartition(value_t self, value_t sep) { return partition_common(self, sep, true); }
BUILTIN_FIX(text_partition, "str.partition", 2, m_partition);
BUILTIN_FIX(text_rpartition, "str.rpartition", 2, m_rpartition);

/* ---- Stripping, replacing, joining --------------------------------------------- */

static bool in_chars(const Text *t, const Text *chars, uint32_t c)
{
    if (!chars) return is_space(t, c);
    for (size_t pos = 0; pos < chars->n;)
        if (next_char(chars, &pos) == c) return true;
    return false;
}

static value_t strip_common(int argc, const value_t *args, bool left, bool right)
{
    Text t, chars;
    const Text *set = NULL;
    if (!text_view(args[0], &t)) return VALUE_NULL;
    if (argc > 1 && args[1] != VALUE_NONE) {
        if (is_str(&t) && !str_check(obj_unbox(args[1])))
            return err_raise(&type_TypeError, "%s arg must be None or str",
                             left && right ? "strip" : left ? "lstrip" : "rstrip");
        if (!text_arg(&t, args[1], &chars, NULL, 0)) return VALUE_NULL;
        set = &chars;
    }
    size_t from = 0, to = t.n;
    while (left && from < to) {
        size_t pos = from;
        if (!in_chars(&t, set, next_char(&t, &pos))) break;
        from = pos;
    }
    while (right && to > from) {
        size_t pos = to;
        if (!in_chars(&t, set, prev_char(&t, &pos))) break;
        to = pos;
    }
    if (from == 0 && to == t.n) return text_same(&t, args[0]);
    return text_make(&t, t.p + from, to - from);
}

static value_t m_strip(int argc, const value_t *args) { return strip_common(argc, args, true, true); }
static value_t m_lstrip(int argc, const value_t *args) { return strip_common(argc, args, true, false); }
static value_t m_rstrip(int argc, const value_t *args) { return strip_common(argc, args, false, true); }
BUILTIN_VAR(text_strip, "str.strip", 1, 2, m_strip);
BUILTIN_VAR(text_lstrip, "str.lstrip", 1, 2, m_lstrip);
BUILTIN_VAR(text_rstrip, "str.rstrip", 1, 2, m_rstrip);

static value_t m_replace(int argc, const value_t *args)
{
    Text t, old, rep;
    if (!text_view(args[0], &t) || !text_arg(&t, args[1], &old, "replace", 1) ||
        !text_arg(&t, args[2], &rep, "replace", 2))
        return VALUE_NULL;
    small_int_t count = -1;
    if (argc > 3 && !obj_get_index(args[3], &count)) return VALUE_NULL;
    size_t limit = count < 0 ? SIZE_MAX : (size_t)count;
    if (limit == 0 || (old.n > 0 && text_search(t.p, t.n, old.p, old.n) < 0)) return text_same(&t, args[0]);
    StrBuf b;
    strbuf_init(&b, t.n);
    size_t pos = 0;
    if (old.n == 0) { /* insert before every character, and at the end */
        strbuf_add(&b, (const char *)rep.p, rep.n);
        limit--;
        while (pos < t.n) {
            size_t start = pos;
            next_char(&t, &pos);
            strbuf_add(&b, (const char *)t.p + start, pos - start);
            if (limit == 0) break;
            strbuf_add(&b, (const char *)rep.p, rep.n);
            limit--;
        }
    } else {
        intptr_t r;
        while (limit-- > 0 && (r = text_search(t.p + pos, t.n - pos, old.p, old.n)) >= 0) {
            strbuf_add(&b, (const char *)t.p + pos, (size_t)r);
            strbuf_add(&b, (const char *)rep.p, rep.n);
            pos += (size_t)r + old.n;
        }
    }
    strbuf_add(&b, (const char *)t.p + pos, t.n - pos);
    return finish(&b, &t);
}
BUILTIN_VAR(text_replace, "str.replace", 3, 4, m_replace);

static bool join_item(const Text *sep, StrBuf *b, size_t i, value_t item)
{
    item = obj_unbox(item);
    if (is_str(sep)) {
        if (!str_check(item)) {
            err_raise(&type_TypeError, "sequence item %zu: expected str instance, %T found", i, item);
            return false;
        }
        strbuf_add(b, str_data(item), str_len(item));
        return true;
    }
    size_t n;
    uint8_t *p = obj_type(item)->buffer ? obj_buffer(item, &n, false) : NULL;
    if (!p) {
        if (!err_occurred())
            err_raise(&type_TypeError, "sequence item %zu: expected a bytes-like object, %T found", i, item);
        return false;
    }
    strbuf_add(b, (const char *)p, n);
    return true;
}

static value_t m_join(value_t self, value_t iterable)
{
    Text sep;
    if (!text_view(self, &sep)) return VALUE_NULL;
    size_t n;
    value_t *items = seq_items(iterable, &n);
    if (!items) {
        value_t list = list_from_iter(iterable);
        if (!list) {
            if (err_matches(&type_TypeError) && !obj_type(iterable)->iter) {
                err_clear();
                return err_raise(&type_TypeError, "can only join an iterable");
            }
            return VALUE_NULL;
        }
        items = seq_items(list, &n);
    }
    if (n == 1 && is_str(&sep) && str_check(items[0])) return items[0];
    StrBuf b;
    strbuf_init(&b, 0);
    for (size_t i = 0; i < n; i++) {
        if (i) strbuf_add(&b, (const char *)sep.p, sep.n);
        /* seq_items of a list may change under a bytes-like conversion: re-read */
        if (!join_item(&sep, &b, i, items[i])) return VALUE_NULL;
    }
    return finish(&b, &sep);
}
BUILTIN_FIX(text_join, "str.join", 2, m_join);

/* ---- Case mapping -------------------------------------------------------- */

static uint32_t to_upper(const Text *t, uint32_t c)
{
    return c < 0x80 || is_str(t) ? str_upper_cp(c) : c;
}

static uint32_t to_lower(const Text *t, uint32_t c)
{
    return c < 0x80 || is_str(t) ? str_lower_cp(c) : c;
}

static bool is_upper(const Text *t, uint32_t c)
{
    return to_lower(t, c) != c;
}

static bool is_lower(const Text *t, uint32_t c)
{
    return to_upper(t, c) != c || (is_str(t) && c == 0xdf);
}

enum { CASE_UPPER, CASE_LOWER, CASE_CAPITALIZE, CASE_TITLE, CASE_SWAP };

static void put_upper(StrBuf *b, const Text *t, uint32_t c)
{
    if (c == 0xdf && is_str(t)) strbuf_add(b, "SS", 2); /* the one common multi-char mapping */
    else put_char(b, t, to_upper(t, c));
}

static value_t map_case(value_t self, int mode)
{
    Text t;
    if (!text_view(self, &t)) return VALUE_NULL;
    StrBuf b;
    strbuf_init(&b, t.n);
    bool prev_cased = false;
    for (size_t pos = 0; pos < t.n;) {
        bool first = pos == 0;
        uint32_t c = next_char(&t, &pos);
        bool cased = is_upper(&t, c) || is_lower(&t, c);
        bool up;
        switch (mode) {
        case CASE_UPPER: up = true; break;
        case CASE_LOWER: up = false; break;
        case CASE_CAPITALIZE: up = first; break;
        case CASE_TITLE: up = !prev_cased; break;
        default: up = is_lower(&t, c); break;
        }
        if (up) put_upper(&b, &t, c);
        else put_char(&b, &t, to_lower(&t, c));
        prev_cased = cased;
    }
    return finish(&b, &t);
}

static value_t m_upper(value_t s) { return map_case(s, CASE_UPPER); }
static value_t m_lower(value_t s) { return map_case(s, CASE_LOWER); }
static value_t m_capitalize(value_t s) { return map_case(s, CASE_CAPITALIZE); }
static value_t m_title(value_t s) { return map_case(s, CASE_TITLE); }
static value_t m_swapcase(value_t s) { return map_case(s, CASE_SWAP); }
BUILTIN_FIX(text_upper, "str.upper", 1, m_upper);
BUILTIN_FIX(text_lower, "str.lower", 1, m_lower);
BUILTIN_FIX(text_capitalize, "str.capitalize", 1, m_capitalize);
BUILTIN_FIX(text_title, "str.title", 1, m_title);
BUILTIN_FIX(text_swapcase, "str.swapcase", 1, m_swapcase);

/* ---- Predicates ------------------------------------------------------------ */

enum { IS_DIGIT, IS_ALPHA, IS_SPACE, IS_ALNUM, IS_ASCII };

static bool char_is(const Text *t, uint32_t c, int what)
{
    if (c >= 0x80 && !is_str(t)) return false;
    switch (what) {
    case IS_DIGIT: return str_isdigit_cp(c);
    case IS_ALPHA: return str_isalpha_cp(c);
    case IS_SPACE: return is_space(t, c);
    case IS_ALNUM: return str_isalpha_cp(c) || str_isdigit_cp(c);
    default: return c < 0x80;
    }
}

static value_t all_chars(value_t self, int what)
{
    Text t;
    if (!text_view(self, &t)) return VALUE_NULL;
    if (t.n == 0) return value_from_bool(what == IS_ASCII);
    for (size_t pos = 0; pos < t.n;)
        if (!char_is(&t, next_char(&t, &pos), what)) return VALUE_FALSE;
    return VALUE_TRUE;
}

static value_t m_isdigit(value_t s) { return all_chars(s, IS_DIGIT); }
static value_t m_isalpha(value_t s) { return all_chars(s, IS_ALPHA); }
static value_t m_isspace(value_t s) { return all_chars(s, IS_SPACE); }
static value_t m_isalnum(value_t s) { return all_chars(s, IS_ALNUM); }
static value_t m_isascii(value_t s) { return all_chars(s, IS_ASCII); }
BUILTIN_FIX(text_isdigit, "str.isdigit", 1, m_isdigit);
BUILTIN_FIX(text_isalpha, "str.isalpha", 1, m_isalpha);
BUILTIN_FIX(text_isspace, "str.isspace", 1, m_isspace);
BUILTIN_FIX(text_isalnum, "str.isalnum", 1, m_isalnum);
BUILTIN_FIX(text_isascii, "str.isascii", 1, m_isascii);

/* isupper / islower: some cased character and none of the other case. */
static value_t cased_only(value_t self, bool upper)
{
    Text t;
    if (!text_view(self, &t)) return VALUE_NULL;
    bool cased = false;
    for (size_t pos = 0; pos < t.n;) {
        uint32_t c = next_char(&t, &pos);
        if (upper ? is_lower(&t, c) : is_upper(&t, c)) return VALUE_FALSE;
        cased |= upper ? is_upper(&t, c) : is_lower(&t, c);
    }
    return value_from_bool(cased);
}

static value_t m_isupper(value_t s) { return cased_only(s, true); }
static value_t m_islower(value_t s) { return cased_only(s, false); }
BUILTIN_FIX(text_isupper, "str.isupper", 1, m_isupper);
BUILTIN_FIX(text_islower, "str.islower", 1, m_islower);

static value_t m_istitle(value_t self)
{
    Text t;
    if (!text_view(self, &t)) return VALUE_NULL;
    bool prev_cased = false, any = false;
    for (size_t pos = 0; pos < t.n;) {
        uint32_t c = next_char(&t, &pos);
        if (is_upper(&t, c)) {
            if (prev_cased) return VALUE_FALSE;
            prev_cased = any = true;
        } else if (is_lower(&t, c)) {
            if (!prev_cased) return VALUE_FALSE;
            any = true;
        } else
            prev_cased = false;
    }
    return value_from_bool(any);
}
BUILTIN_FIX(text_istitle, "str.istitle", 1, m_istitle);

/* ---- Padding ------------------------------------------------------------------- */

/* The fill argument: one code point (str) or one byte. */
static bool fill_arg(const Text *t, int argc, const value_t *args, const char *fname, uint32_t *fill)
{
    *fill = ' ';
    if (argc < 3) return true;
    value_t v = obj_unbox(args[2]);
    if (is_str(t)) {
        if (!str_check(v)) {
            err_raise(&type_TypeError, "The fill character must be a unicode character, not %T", v);
            return false;
        }
        if (STR(v)->nchars != 1) {
            err_raise(&type_TypeError, "The fill character must be exactly one character long");
            return false;
        }
        utf8_decode((const uint8_t *)str_data(v), fill);
        return true;
    }
    size_t n;
    uint8_t *p = (value_is_obj(v) && (OBJ(v)->type == &type_bytes || OBJ(v)->type == &type_bytearray))
                     ? obj_buffer(v, &n, false)
                     : NULL;
    if (!p || n != 1) {
        err_raise(&type_TypeError, "%s() argument 2 must be a byte string of length 1, not %T", fname, v);
        return false;
    }
    *fill = p[0];
    return true;
}

static void put_fill(StrBuf *b, const Text *t, uint32_t fill, size_t n)
{
    while (n--) put_char(b, t, fill);
}

enum { PAD_LEFT, PAD_RIGHT, PAD_CENTER };

static value_t pad_common(int argc, const value_t *args, int where, const char *fname)
{
    Text t;
    small_int_t width;
    uint32_t fill;
    if (!text_view(args[0], &t) || !obj_get_index(args[1], &width) || !fill_arg(&t, argc, args, fname, &fill))
        return VALUE_NULL;
    if (width <= (small_int_t)t.units) return text_same(&t, args[0]);
    size_t pad = (size_t)width - t.units, left;
    if (where == PAD_LEFT) left = 0;
    else if (where == PAD_RIGHT) left = pad;
    else left = pad / 2 + (pad & (size_t)width & 1); /* CPython puts the odd one left for odd widths */
    StrBuf b;
    strbuf_init(&b, t.n + pad);
    put_fill(&b, &t, fill, left);
    strbuf_add(&b, (const char *)t.p, t.n);
    put_fill(&b, &t, fill, pad - left);
    return finish(&b, &t);
}

static value_t m_ljust(int argc, const value_t *args) { return pad_common(argc, args, PAD_LEFT, "ljust"); }
static value_t m_rjust(int argc, const value_t *args) { return pad_common(argc, args, PAD_RIGHT, "rjust"); }
static value_t m_center(int argc, const value_t *args) { return pad_common(argc, args, PAD_CENTER, "center"); }
BUILTIN_VAR(text_ljust, "str.ljust", 2, 3, m_ljust);
BUILTIN_VAR(text_rjust, "str.rjust", 2, 3, m_rjust);
BUILTIN_VAR(text_center, "str.center", 2, 3, m_center);

static value_t m_zfill(value_t self, value_t widthv)
{
    Text t;
    small_int_t width;
    if (!text_view(self, &t) || !obj_get_index(widthv, &width)) return VALUE_NULL;
    if (width <= (small_int_t)t.units) return text_same(&t, self);
    size_t pad = (size_t)width - t.units, sign = t.n && (t.p[0] == '+' || t.p[0] == '-');
    StrBuf b;
    strbuf_init(&b, t.n + pad);
    strbuf_add(&b, (const char *)t.p, sign);
    put_fill(&b, &t, '0', pad);
    strbuf_add(&b, (const char *)t.p + sign, t.n - sign);
    return finish(&b, &t);
}
BUILTIN_FIX(text_zfill, "str.zfill", 2, m_zfill);

static value_t m_expandtabs(int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = {"self", "tabsize", NULL};
    value_t a[2];
    Text t;
    small_int_t size = 8;
    if (!arg_parse("expandtabs", argc, args, kwnames, names, 2, a) || !text_view(a[0], &t) ||
        (a[1] && !obj_get_index(a[1], &size)))
        return VALUE_NULL;
    StrBuf b;
    strbuf_init(&b, t.n);
    size_t col = 0;
    for (size_t pos = 0; pos < t.n;) {
        uint32_t c = next_char(&t, &pos);
        if (c == '\t') {
            if (size > 0) {
                size_t n = (size_t)size - col % (size_t)size;
                put_fill(&b, &t, ' ', n);
                col += n;
            }
            continue;
        }
        put_char(&b, &t, c);
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    return finish(&b, &t);
}
BUILTIN_KW(text_expandtabs, "str.expandtabs", 1, 2, m_expandtabs);
