/*
 * format.c — text formatting: format(v, spec) (FORMAT_VALUE of f-strings
 * calls it), str.format / format_map, and printf-style `%` for str and
 * bytes.
 *
 * Strings are formatted here; ints and floats by int_format/float_format
 * (int.c, float.c, on top of numfmt); user classes by their __format__.
 * Widths and precisions of text count code points.
 */
#include <string.h>
#include "str.h"
#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "list.h"
#include "num.h"

/* ---- Format spec of strings -----------------------------------------------
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type] */

typedef struct Spec {
    uint32_t fill;       /* code point; 0 when not given */
    char align;          /* 0, '<', '>', '^', '=' */
    char sign;           /* 0, '+', '-', ' ' */
    bool alt, zero, z;
    char grouping;       /* 0, ',', '_' */
    small_int_t width;   /* -1 when not given */
    small_int_t prec;    /* -1 when not given */
    char type;           /* 0 when not given */
} Spec;

static bool is_align(uint8_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

static bool read_number(const uint8_t *s, size_t n, size_t *i, small_int_t *out)
{
    if (*i >= n || s[*i] < '0' || s[*i] > '9') return false;
    small_int_t v = 0;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        if (v > (SMALL_INT_MAX - 9) / 10) {
            err_raise(&type_ValueError, "Too many decimal digits in format string");
            *out = -2;
            return false;
        }
        v = v * 10 + (s[(*i)++] - '0');
    }
    *out = v;
    return true;
}

static bool spec_parse(const uint8_t *s, size_t n, Spec *sp, value_t v)
{
    memset(sp, 0, sizeof *sp);
    sp->width = sp->prec = -1;
    size_t i = 0;
    uint32_t cp = 0;
    size_t k = n ? utf8_decode(s, &cp) : 0;
    if (k && k < n && is_align(s[k])) {
        sp->fill = cp;
        sp->align = (char)s[k];
        i = k + 1;
    } else if (n && is_align(s[0])) {
        sp->align = (char)s[0];
        i = 1;
    }
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sp->sign = (char)s[i++];
    if (i < n && s[i] == 'z') {
        sp->z = true;
        i++;
    }
    if (i < n && s[i] == '#') {
        sp->alt = true;
        i++;
    }
    if (i < n && s[i] == '0') {
        sp->zero = true;
        i++;
    }
    if (!read_number(s, n, &i, &sp->width) && sp->width == -2) return false;
    if (i < n && (s[i] == ',' || s[i] == '_')) sp->grouping = (char)s[i++];
    if (i < n && s[i] == '.') {
        i++;
        if (!read_number(s, n, &i, &sp->prec)) {
            if (sp->prec != -2) err_raise(&type_ValueError, "Format specifier missing precision");
            return false;
        }
    }
    if (n - i > 1) {
        err_raise(&type_ValueError, "Invalid format specifier '%S' for object of type '%T'",
                  str_new((const char *)s, n), v);
        return false;
    }
    if (i < n) sp->type = (char)s[i];
    return true;
}

static void add_fill(StrBuf *b, uint32_t fill, size_t n)
{
    if (fill < 0x80) {
        while (n--) strbuf_add_char(b, (char)fill);
        return;
    }
    while (n--) strbuf_add_codepoint(b, fill);
}

/* Adds text (nchars code points) padded to width; '^' puts the odd
 * padding character on the right. */
static void add_padded(StrBuf *b, const char *s, size_t n, size_t nchars, small_int_t width, char align,
                       uint32_t fill)
{
    size_t pad = width > (small_int_t)nchars ? (size_t)width - nchars : 0;
    size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    add_fill(b, fill, left);
    strbuf_add(b, s, n);
    add_fill(b, fill, pad - left);
}

static value_t format_str(value_t v, const uint8_t *spec, size_t n)
{
    Spec sp;
    if (!spec_parse(spec, n, &sp, v)) return VALUE_NULL;
    if (sp.type && sp.type != 's')
        return err_raise(&type_ValueError, "Unknown format code '%c' for object of type 'str'", sp.type);
    if (sp.sign) return err_raise(&type_ValueError, "Sign not allowed in string format specifier");
    if (sp.alt) return err_raise(&type_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (sp.z)
        return err_raise(&type_ValueError, "Negative zero coercion (z) not allowed in format specifier");
    if (sp.align == '=') return err_raise(&type_ValueError, "'=' alignment not allowed in string format specifier");
    if (sp.grouping) return err_raise(&type_ValueError, "Cannot specify '%c' with 's'.", sp.grouping);
    size_t len = str_len(v), nchars = STR(v)->nchars;
    if (sp.prec >= 0 && (size_t)sp.prec < nchars) {
        nchars = (size_t)sp.prec;
        len = str_offset_of(v, nchars);
    }
    if (sp.width <= (small_int_t)nchars && len == str_len(v)) return v;
    StrBuf b;
    strbuf_init(&b, len + (sp.width > 0 ? (size_t)sp.width : 0));
    add_padded(&b, str_data(v), len, nchars, sp.width, sp.align ? sp.align : '<',
               sp.fill ? sp.fill : sp.zero ? '0' : ' ');
    return strbuf_finish(&b);
}

/* ---- format(v, spec) -------------------------------------------------------- */

static value_t name_format;

value_t format_value(value_t v, value_t spec)
{
    if (spec && !str_check(spec)) return err_raise(&type_TypeError, "format() argument 2 must be str, not %T", spec);
    const uint8_t *s = spec ? (const uint8_t *)str_data(spec) : (const uint8_t *)"";
    size_t n = spec ? str_len(spec) : 0;
    const Type *t = obj_type(v);
    if (t->flags & TYPE_HEAP) {
        if (!name_format && !(name_format = str_intern_cstr("__format__"))) return VALUE_NULL;
        value_t m = type_lookup(t, name_format);
        if (m) {
            value_t r = obj_call2(m, v, spec ? spec : str_empty);
            if (r && !str_check(r))
                return err_raise(&type_TypeError, "__format__ must return a str, not %T", r);
            return r;
        }
        if (n == 0) return obj_str(v); /* the subclass's __str__, if any */
        v = obj_unbox(v);
    }
    if (str_check(v)) return n ? format_str(v, s, n) : v;
    if (n == 0) return obj_str(v);
    if (v == VALUE_TRUE || v == VALUE_FALSE) return int_format(value_from_small(v == VALUE_TRUE), (const char *)s, n);
    if (int_check(v)) return int_format(v, (const char *)s, n);
    if (float_check(v)) return float_format(v, (const char *)s, n);
    return err_raise(&type_TypeError, "unsupported format string passed to %T.__format__", v);
}

/* ---- str.format ---------------------------------------------------------------- */

typedef struct FmtArgs {
    int argc;
    const value_t *args;   /* positional, then one value per keyword name */
    value_t kwnames;       /* tuple of strs or VALUE_NULL */
    value_t mapping;       /* format_map's mapping, or VALUE_NULL */
    int next_auto;         /* next automatic field number */
    int numbering;         /* 0 not yet known, 1 automatic, 2 manual */
} FmtArgs;

static bool all_digits(const uint8_t *s, size_t n)
{
    if (n == 0) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

static small_int_t digits_value(const uint8_t *s, size_t n)
{
    small_int_t v = 0;
    for (size_t i = 0; i < n && v < SMALL_INT_MAX / 10 - 9; i++) v = v * 10 + (s[i] - '0');
    return v;
}

static value_t raise_key(value_t key) { return err_raise_args(&type_KeyError, 1, &key); }

static value_t keyword_arg(FmtArgs *fa, const uint8_t *name, size_t n)
{
    value_t key = str_new((const char *)name, n);
    if (!key) return VALUE_NULL;
    if (fa->mapping) return obj_getitem(fa->mapping, key);
    if (fa->kwnames) {
        Tuple *names = TUPLE(fa->kwnames);
        for (uint32_t i = 0; i < names->len; i++)
            if (str_equal(names->items[i], key)) return fa->args[fa->argc + (int)i];
    }
    return raise_key(key);
}

/* The first part of a field name: empty (automatic number), a number or a keyword. */
static value_t field_arg(FmtArgs *fa, const uint8_t *name, size_t n)
{
    small_int_t index;
    if (n == 0) {
        if (fa->numbering == 2)
            return err_raise(&type_ValueError,
                             "cannot switch from manual field specification to automatic field numbering");
        fa->numbering = 1;
        index = fa->next_auto++;
    } else if (all_digits(name, n)) {
        if (fa->numbering == 1)
            return err_raise(&type_ValueError,
                             "cannot switch from automatic field numbering to manual field specification");
        fa->numbering = 2;
        index = digits_value(name, n);
    } else
        return keyword_arg(fa, name, n);
    if (fa->mapping || index >= fa->argc)
        return err_raise(&type_IndexError, "Replacement index %ld out of range for positional args tuple",
                         (long)index);
    return fa->args[index];
}

/* Resolves "name(.attr|[key])*" to a value. */
static value_t field_value(FmtArgs *fa, const uint8_t *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    value_t v = field_arg(fa, s, i);
    while (v && i < n) {
        size_t start = ++i;
        if (s[start - 1] == '.') {
            while (i < n && s[i] != '.' && s[i] != '[') i++;
            if (i == start) return err_raise(&type_ValueError, "Empty attribute in format string");
            value_t name = str_intern((const char *)s + start, i - start);
            v = name ? obj_getattr(v, name) : VALUE_NULL;
            continue;
        }
        while (i < n && s[i] != ']') i++;
        if (i == n) return err_raise(&type_ValueError, "Missing ']' in format string");
        if (i == start) return err_raise(&type_ValueError, "Empty attribute in format string");
        value_t key = all_digits(s + start, i - start) ? value_from_small(digits_value(s + start, i - start))
                                                       : str_new((const char *)s + start, i - start);
        v = key ? obj_getitem(v, key) : VALUE_NULL;
        i++;
        if (i < n && s[i] != '.' && s[i] != '[')
            return err_raise(&type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    return v;
}

static value_t convert(value_t v, uint8_t conv)
{
    switch (conv) {
    case 0: return v;
    case 'r': return obj_repr(v);
    case 's': return obj_str(v);
    case 'a': return str_ascii(v);
    }
    StrBuf b;
    strbuf_init(&b, 4);
    strbuf_add_codepoint(&b, conv);
    value_t c = strbuf_finish(&b);
    return c ? err_raise(&type_ValueError, "Unknown conversion specifier %S", c) : VALUE_NULL;
}

static bool vformat(StrBuf *out, const uint8_t *s, size_t n, FmtArgs *fa, int depth);

/* One replacement field (the text between the braces). */
static bool format_field(StrBuf *out, const uint8_t *f, size_t n, FmtArgs *fa, int depth)
{
    size_t i = 0;
    while (i < n && f[i] != '!' && f[i] != ':') {
        if (f[i] == '[')
            while (i < n && f[i] != ']') i++;
        if (i < n) i++;
    }
    size_t name_end = i;
    uint8_t conv = 0;
    if (i < n && f[i] == '!') {
        if (i + 1 >= n) {
            err_raise(&type_ValueError, "end of string while looking for conversion specifier");
            return false;
        }
        size_t k = utf8_decode(f + i + 1, &(uint32_t){0});
        conv = f[i + 1];
        if (k > 1) conv = 0xff;
        i += 1 + k;
        if (i < n && f[i] != ':') {
            err_raise(&type_ValueError, "expected ':' after conversion specifier");
            return false;
        }
    }
    /* the field's own number comes before those of fields nested in its spec */
    value_t v = field_value(fa, f, name_end);
    if (!v) return false;
    value_t spec = VALUE_NULL;
    if (i < n) { /* f[i] == ':' */
        i++;
        if (memchr(f + i, '{', n - i)) {
            StrBuf sb;
            strbuf_init(&sb, n - i);
            if (!vformat(&sb, f + i, n - i, fa, depth + 1)) return false;
            spec = strbuf_finish(&sb);
        } else
            spec = str_new((const char *)f + i, n - i);
        if (!spec) return false;
    }
    if (conv) v = convert(v, conv);
    if (v) v = format_value(v, spec);
    return v && strbuf_add_str(out, v);
}

static bool vformat(StrBuf *out, const uint8_t *s, size_t n, FmtArgs *fa, int depth)
{
    if (depth > 1) {
        err_raise(&type_ValueError, "Max string recursion exceeded");
        return false;
    }
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        while (i < n && s[i] != '{' && s[i] != '}') i++;
        strbuf_add(out, (const char *)s + start, i - start);
        if (i == n) break;
        if (i + 1 < n && s[i + 1] == s[i]) { /* {{ or }} */
            strbuf_add_char(out, (char)s[i]);
            i += 2;
            continue;
        }
        if (s[i] == '}') {
            err_raise(&type_ValueError, "Single '}' encountered in format string");
            return false;
        }
        if (i + 1 == n) {
            err_raise(&type_ValueError, "Single '{' encountered in format string");
            return false;
        }
        size_t j = i + 1;
        int level = 1;
        for (; j < n; j++) {
            if (s[j] == '[' ) { /* braces inside an index key do not nest */
                while (j < n && s[j] != ']' && s[j] != '}') j++;
                if (j == n) break;
                if (s[j] == ']') continue;
            }
            if (s[j] == '{') level++;
            else if (s[j] == '}' && --level == 0) break;
        }
        if (j >= n) {
            err_raise(&type_ValueError, depth ? "unmatched '{' in format spec" : "expected '}' before end of string");
            return false;
        }
        if (!format_field(out, s + i + 1, j - i - 1, fa, depth)) return false;
        i = j + 1;
    }
    return true;
}

value_t format_str_method(value_t fmt, int argc, const value_t *args, value_t kwnames)
{
    FmtArgs fa = {argc, args, kwnames, VALUE_NULL, 0, 0};
    StrBuf b;
    strbuf_init(&b, str_len(fmt) + 16);
    if (!vformat(&b, (const uint8_t *)str_data(fmt), str_len(fmt), &fa, 0)) return VALUE_NULL;
    return strbuf_finish(&b);
}

value_t format_str_map(value_t fmt, value_t mapping)
{
    FmtArgs fa = {0, NULL, VALUE_NULL, mapping, 0, 0};
    StrBuf b;
    strbuf_init(&b, str_len(fmt) + 16);
    if (!vformat(&b, (const uint8_t *)str_data(fmt), str_len(fmt), &fa, 0)) return VALUE_NULL;
    return strbuf_finish(&b);
}

/* ---- printf-style % ------------------------------------------------------------ */

typedef struct Percent {
    bool bytes;            /* bytes % args: bytes out, %s wants bytes-like */
    const value_t *items;  /* the arguments */
    size_t nargs, next;
    value_t dict;          /* mapping for %(name)s, or VALUE_NULL */
    bool keyed;            /* a %(name) was used: positional arguments are gone */
} Percent;

typedef struct Directive {
    bool left, plus, space, alt, zero;
    small_int_t width, prec;  /* -1: not given */
    uint8_t conv;
} Directive;

static value_t next_arg(Percent *pc)
{
    if (pc->keyed || pc->next >= pc->nargs)
        return err_raise(&type_TypeError, "not enough arguments for format string");
    return pc->items[pc->next++];
}

/* A width or precision: digits or '*' (taken from the arguments). */
static bool percent_number(Percent *pc, const uint8_t *f, size_t n, size_t *i, small_int_t *out, bool *neg)
{
    *neg = false;
    if (*i < n && f[*i] == '*') {
        (*i)++;
        value_t v = next_arg(pc);
        if (!v) return false;
        if (!int_check(v)) {
            err_raise(&type_TypeError, "* wants int");
            return false;
        }
        if (!obj_get_index(v, out)) return false;
        if (*out < 0) {
            *neg = true;
            *out = -*out;
        }
        return true;
    }
    small_int_t v = 0;
    if (*i >= n || f[*i] < '0' || f[*i] > '9') return true;
    while (*i < n && f[*i] >= '0' && f[*i] <= '9') {
        if (v > (SMALL_INT_MAX - 9) / 10) {
            err_raise(&type_ValueError, "width too big");
            return false;
        }
        v = v * 10 + (f[(*i)++] - '0');
    }
    *out = v;
    return true;
}

/* Adds text padded to the directive's width (spaces; '-' left-justifies). */
static void percent_pad(StrBuf *b, const Directive *d, const char *s, size_t n, size_t nchars)
{
    add_padded(b, s, n, nchars, d->width, d->left ? '<' : '>', ' ');
}

/* %s %r %a (and %b) */
static bool percent_text(StrBuf *b, Percent *pc, const Directive *d, value_t v)
{
    value_t s;
    if (pc->bytes && (d->conv == 's' || d->conv == 'b')) {
        if (!obj_type(v)->buffer) {
            err_raise(&type_TypeError,
                      "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
            return false;
        }
        size_t n;
        uint8_t *p = obj_buffer(v, &n, false);
        if (!p) return false;
        if (d->prec >= 0 && (size_t)d->prec < n) n = (size_t)d->prec;
        percent_pad(b, d, (const char *)p, n, n);
        return true;
    }
    if (d->conv == 'r' && !pc->bytes) s = obj_repr(v);
    else if (d->conv == 'r' || d->conv == 'a') s = str_ascii(v);
    else s = obj_str(v);
    if (!s) return false;
    size_t n = str_len(s), nchars = STR(s)->nchars;
    if (d->prec >= 0 && (size_t)d->prec < nchars) {
        nchars = (size_t)d->prec;
        n = str_offset_of(s, nchars);
    }
    percent_pad(b, d, str_data(s), n, pc->bytes ? n : nchars);
    return true;
}

/* %d %i %u %x %X %o: digits from int_format, then sign, prefix, zero
 * padding to the precision and the width, as C's printf. */
static bool percent_int(StrBuf *b, const Directive *d, value_t v)
{
    bool decimal = d->conv == 'd' || d->conv == 'i' || d->conv == 'u';
    if (v == VALUE_TRUE || v == VALUE_FALSE) v = value_from_small(v == VALUE_TRUE);
    else if (float_check(v) && decimal) {
        if (!(v = int_from_double(float_value(v)))) return false;
    } else if (!int_check(v)) {
        if (decimal) err_raise(&type_TypeError, "%%%c format: a real number is required, not %T", d->conv, v);
        else err_raise(&type_TypeError, "%%%c format: an integer is required, not %T", d->conv, v);
        return false;
    }
    char type = decimal ? 'd' : (char)d->conv;
    value_t s = int_format(v, &type, 1);
    if (!s) return false;
    const char *digits = str_data(s);
    size_t ndigits = str_len(s);
    bool neg = ndigits && digits[0] == '-';
    if (neg) {
        digits++;
        ndigits--;
    }
    char head[4];
    size_t nhead = 0;
    if (neg) head[nhead++] = '-';
    else if (d->plus) head[nhead++] = '+';
    else if (d->space) head[nhead++] = ' ';
    if (d->alt && !decimal) {
        head[nhead++] = '0';
        head[nhead++] = d->conv == 'o' ? 'o' : (char)d->conv;
    }
    size_t prec_zeros = d->prec > (small_int_t)ndigits ? (size_t)d->prec - ndigits : 0;
    size_t body = nhead + prec_zeros + ndigits;
    size_t pad = d->width > (small_int_t)body ? (size_t)d->width - body : 0;
    if (!d->left && !d->zero) add_fill(b, ' ', pad);
    strbuf_add(b, head, nhead);
    if (!d->left && d->zero) add_fill(b, '0', pad);
    add_fill(b, '0', prec_zeros);
    strbuf_add(b, digits, ndigits);
    if (d->left) add_fill(b, ' ', pad);
    return true;
}

/* %e %f %g ...: translated to a format spec for float_format. */
static bool percent_float(StrBuf *b, const Directive *d, value_t v)
{
    double x;
    if (!float_check(v)) {
        if (!int_check(v) && v != VALUE_TRUE && v != VALUE_FALSE) {
            err_raise(&type_TypeError, "must be real number, not %T", v);
            return false;
        }
        if (!num_to_double(v, &x) || !(v = float_new(x))) return false;
    }
    char spec[64];
    size_t k = 0;
    if (d->left) spec[k++] = '<';
    if (d->plus) spec[k++] = '+';
    else if (d->space) spec[k++] = ' ';
    if (d->alt) spec[k++] = '#';
    if (d->zero && !d->left) spec[k++] = '0';
    char num[24];
    if (d->width >= 0) {
        size_t m = 0;
        small_int_t w = d->width;
        do num[m++] = (char)('0' + w % 10); while ((w /= 10) && m < sizeof num);
        while (m) spec[k++] = num[--m];
    }
    spec[k++] = '.';
    small_int_t p = d->prec >= 0 ? d->prec : 6;
    size_t m = 0;
    do num[m++] = (char)('0' + p % 10); while ((p /= 10) && m < sizeof num);
    while (m) spec[k++] = num[--m];
    spec[k++] = (char)d->conv;
    value_t s = float_format(v, spec, k);
    if (!s) return false;
    strbuf_add(b, str_data(s), str_len(s));
    return true;
}

static bool percent_char(StrBuf *b, Percent *pc, const Directive *d, value_t v)
{
    uint8_t buf[4];
    size_t n;
    if (pc->bytes) {
        size_t len;
        uint8_t *p;
        small_int_t c;
        if (int_check(v)) {
            if (!obj_get_index(v, &c)) return false;
            if (c < 0 || c > 255) {
                err_raise(&type_OverflowError, "%%c arg not in range(256)");
                return false;
            }
            buf[0] = (uint8_t)c;
        } else if (obj_type(v)->buffer && (p = obj_buffer(v, &len, false)) && len == 1)
            buf[0] = p[0];
        else {
            err_clear();
            err_raise(&type_TypeError, "%%c requires an integer in range(256) or a single byte");
            return false;
        }
        percent_pad(b, d, (const char *)buf, 1, 1);
        return true;
    }
    if (str_check(v)) {
        if (STR(v)->nchars != 1) {
            err_raise(&type_TypeError, "%%c requires int or char");
            return false;
        }
        percent_pad(b, d, str_data(v), str_len(v), 1);
        return true;
    }
    small_int_t c;
    if (!int_check(v)) {
        err_raise(&type_TypeError, "%%c requires int or char");
        return false;
    }
    if (!obj_get_index(v, &c)) return false;
    if (c < 0 || c > 0x10ffff) {
        err_raise(&type_OverflowError, "%%c arg not in range(0x110000)");
        return false;
    }
    n = utf8_encode((uint32_t)c, buf);
    percent_pad(b, d, (const char *)buf, n, 1);
    return true;
}

/* Parses one directive after '%' at f[*i]; false with an exception. */
static bool percent_directive(StrBuf *b, Percent *pc, const uint8_t *f, size_t n, size_t *i)
{
    Directive d = {false, false, false, false, false, -1, -1, 0};
    value_t v = VALUE_NULL;
    if (*i < n && f[*i] == '(') {
        if (!pc->dict) {
            err_raise(&type_TypeError, "format requires a mapping");
            return false;
        }
        size_t start = ++*i;
        int level = 1;
        for (; *i < n; ++*i) {
            if (f[*i] == '(') level++;
            else if (f[*i] == ')' && --level == 0) break;
        }
        if (*i >= n) {
            err_raise(&type_ValueError, "incomplete format key");
            return false;
        }
        value_t key = pc->bytes ? bytes_new(f + start, *i - start) : str_new((const char *)f + start, *i - start);
        ++*i;
        if (!key || !(v = obj_getitem(pc->dict, key))) return false;
        pc->keyed = true;
    }
    for (; *i < n; ++*i) {
        uint8_t c = f[*i];
        if (c == '-') d.left = true;
        else if (c == '+') d.plus = true;
        else if (c == ' ') d.space = true;
        else if (c == '#') d.alt = true;
        else if (c == '0') d.zero = true;
        else break;
    }
    bool neg;
    if (!percent_number(pc, f, n, i, &d.width, &neg)) return false;
    if (neg) d.left = true;
    if (*i < n && f[*i] == '.') {
        ++*i;
        d.prec = 0;
        if (!percent_number(pc, f, n, i, &d.prec, &neg)) return false;
        if (neg) d.prec = 0;
    }
    while (*i < n && (f[*i] == 'h' || f[*i] == 'l' || f[*i] == 'L')) ++*i;
    if (*i >= n) {
        err_raise(&type_ValueError, "incomplete format");
        return false;
    }
    d.conv = f[(*i)++];
    if (d.conv == '%') {
        strbuf_add_char(b, '%');
        return true;
    }
    if (!v && !(v = next_arg(pc))) return false;
    if (d.conv != 's' && d.conv != 'r' && d.conv != 'a') v = obj_unbox(v); /* numbers of user subclasses */
    switch (d.conv) {
    case 's': case 'r': case 'a': return percent_text(b, pc, &d, v);
    case 'b': if (pc->bytes) return percent_text(b, pc, &d, v); break;
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': return percent_int(b, &d, v);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': return percent_float(b, &d, v);
    case 'c': return percent_char(b, pc, &d, v);
    }
    size_t at = pc->bytes ? *i - 1 : utf8_count(f, *i - 1);
    static const char hex[] = "0123456789abcdef";
    char code[3] = {hex[d.conv >> 4], hex[d.conv & 15], 0};
    if (d.conv < 0x80)
        err_raise(&type_ValueError, "unsupported format character '%c' (0x%s) at index %zu", d.conv, code, at);
    else
        err_raise(&type_ValueError, "unsupported format character at index %zu", at);
    return false;
}

static bool percent_run(StrBuf *b, Percent *pc, const uint8_t *f, size_t n, value_t args)
{
    value_t tuple = obj_unbox(args);
    if (value_is_obj(tuple) && OBJ(tuple)->type == &type_tuple) {
        pc->items = TUPLE(tuple)->items;
        pc->nargs = TUPLE(tuple)->len;
    } else {
        pc->items = &args; /* lives in the caller's frame for the whole run */
        pc->nargs = 1;
        const Type *t = obj_type(args);
        /* like CPython: any subscriptable single argument may serve %(name)s */
        if (t->subscr && !str_check(args) && t != &type_bytes && t != &type_bytearray) pc->dict = args;
    }
    for (size_t i = 0; i < n;) {
        const uint8_t *pct = memchr(f + i, '%', n - i);
        size_t end = pct ? (size_t)(pct - f) : n;
        strbuf_add(b, (const char *)f + i, end - i);
        if (!pct) break;
        i = end + 1;
        if (!percent_directive(b, pc, f, n, &i)) return false;
    }
    if (pc->next < pc->nargs && !pc->dict && !pc->keyed) {
        err_raise(&type_TypeError, pc->bytes ? "not all arguments converted during bytes formatting"
                                             : "not all arguments converted during string formatting");
        return false;
    }
    return true;
}

value_t format_percent(value_t fmt, value_t args)
{
    Percent pc = {false, NULL, 0, 0, VALUE_NULL, false};
    StrBuf b;
    strbuf_init(&b, str_len(fmt) + 16);
    if (!percent_run(&b, &pc, (const uint8_t *)str_data(fmt), str_len(fmt), args)) return VALUE_NULL;
    return strbuf_finish(&b);
}

value_t format_percent_bytes(value_t fmt, value_t args)
{
    Percent pc = {true, NULL, 0, 0, VALUE_NULL, false};
    Text t;
    if (!text_view(fmt, &t)) return VALUE_NULL;
    StrBuf b;
    strbuf_init(&b, t.n + 16);
    if (!percent_run(&b, &pc, t.p, t.n, args)) return VALUE_NULL;
    value_t r = strbuf_finish_bytes(&b);
    if (!r || t.kind == TEXT_BYTES) return r;
    return bytearray_new(BYTES(r)->data, BYTES(r)->len);
}
