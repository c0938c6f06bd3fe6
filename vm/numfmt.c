/* numfmt.c — numbers to text and back (see numfmt.h for the contract).
 *
 * Parts, in order:
 *   Fix       a fixed-capacity unsigned bignum on the C stack, just enough
 *             arithmetic for exact decimal/binary conversion;
 *   digits    a double's decimal digits: the shortest round-tripping ones
 *             (Burger & Dybvig's free-format algorithm) or a fixed number
 *             of them, correctly rounded half to even;
 *   body      those digits spelled as CPython's float formatting does
 *             ('e', 'f', 'g' and repr styles, '#', the ".0" of repr);
 *   layout    sign, prefix, grouping, fill and alignment around a number;
 *   spec      the format-spec parser, %-format specs, error messages;
 *   format    int, char, float and str formatters;
 *   parse     text to double, correctly rounded; round().
 */
#include "numfmt.h"

#include <math.h>
#include <string.h>

/* ---------------------------------------------------------------------
 * Fix: unsigned big integers in caller-provided arrays
 * ------------------------------------------------------------------- */

/* Capacities, in 32-bit words, derived from the extreme doubles.  Digit
 * generation scales x = f * 2**e to r/s = x / 10**k: the largest operand
 * is r = 4f * 10**324 (for the subnormals), about 1140 bits, plus the
 * normalizing shift and a factor 10: 37 words at most.  Parsing divides
 * up to 800 significant digits, shifted to 63 bits more than 10**1124,
 * by that power: 120 words at most. */
#define DIGITS_WORDS 40
#define PARSE_WORDS 128

typedef struct Fix {
    uint32_t *d;
    int32_t len;
} Fix;

static void fix_set(Fix *a, uint64_t v)
{
    a->d[0] = (uint32_t)v;
    a->d[1] = (uint32_t)(v >> 32);
    a->len = v >> 32 ? 2 : v ? 1 : 0;
}

static bool fix_is_zero(const Fix *a)
{
    return a->len == 0;
}

/* a = a * m + add */
static void fix_mul_add(Fix *a, uint32_t m, uint32_t add)
{
    uint64_t carry = add;
    for (int32_t i = 0; i < a->len; i++) {
        carry += (uint64_t)a->d[i] * m;
        a->d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    if (carry)
        a->d[a->len++] = (uint32_t)carry;
}

static const uint32_t pow10_u32[10] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
};

static void fix_mul_pow10(Fix *a, int32_t k)
{
    for (; k >= 9; k -= 9)
        fix_mul_add(a, pow10_u32[9], 0);
    if (k > 0)
        fix_mul_add(a, pow10_u32[k], 0);
}

static void fix_shl(Fix *a, int32_t bits)
{
    if (a->len == 0 || bits == 0)
        return;
    int32_t ws = bits / 32, bs = bits % 32;
    uint32_t *d = a->d;
    d[a->len + ws] = 0;
    for (int32_t i = a->len - 1; i >= 0; i--) {
        uint32_t v = d[i];
        if (bs) {
            d[i + ws + 1] |= v >> (32 - bs);
            d[i + ws] = v << bs;
        } else {
            d[i + ws] = v;
        }
    }
    memset(d, 0, (size_t)ws * sizeof *d);
    a->len += ws + 1;
    while (a->len > 0 && d[a->len - 1] == 0)
        a->len--;
}

static void fix_shr1(Fix *a)
{
    for (int32_t i = 0; i < a->len; i++) {
        uint32_t hi = i + 1 < a->len ? a->d[i + 1] << 31 : 0;
        a->d[i] = (a->d[i] >> 1) | hi;
    }
    if (a->len > 0 && a->d[a->len - 1] == 0)
        a->len--;
}

static int32_t fix_bit_length(const Fix *a)
{
    if (a->len == 0)
        return 0;
    return (a->len - 1) * 32 + 32 - __builtin_clz(a->d[a->len - 1]);
}

static int fix_cmp(const Fix *a, const Fix *b)
{
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    for (int32_t i = a->len - 1; i >= 0; i--)
        if (a->d[i] != b->d[i])
            return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

/* The sign of a + b - c, without a temporary: add from the bottom and
 * let every higher difference overrule the lower ones. */
static int fix_cmp_sum(const Fix *a, const Fix *b, const Fix *c)
{
    int32_t n = a->len > b->len ? a->len : b->len;
    if (c->len > n)
        n = c->len;
    uint64_t carry = 0;
    int result = 0;
    for (int32_t i = 0; i < n; i++) {
        carry += (uint64_t)(i < a->len ? a->d[i] : 0) + (i < b->len ? b->d[i] : 0);
        uint32_t s = (uint32_t)carry, t = i < c->len ? c->d[i] : 0;
        carry >>= 32;
        if (s != t)
            result = s < t ? -1 : 1;
    }
    return carry ? 1 : result;
}

/* a -= b * q, where the result is known to be >= 0. */
static void fix_submul(Fix *a, const Fix *b, uint32_t q)
{
    uint64_t carry = 0;
    int64_t t = 0;
    for (int32_t i = 0; i < a->len; i++) {
        if (i < b->len)
            carry += (uint64_t)b->d[i] * q;
        t = (int64_t)a->d[i] - (uint32_t)carry + (t >> 32);
        a->d[i] = (uint32_t)t;
        carry >>= 32;
    }
    while (a->len > 0 && a->d[a->len - 1] == 0)
        a->len--;
}

/* r = r mod s, returning r / s, which must be small (a decimal digit
 * here).  s is normalized (top bit of its top word set), so the estimate
 * from the leading words is short by at most one or two. */
static uint32_t fix_divmod_small(Fix *r, const Fix *s)
{
    int32_t n = s->len;
    uint64_t top = r->len > n ? (uint64_t)r->d[n] << 32 : 0;
    if (r->len >= n)
        top |= r->d[n - 1];
    uint32_t q = (uint32_t)(top / ((uint64_t)s->d[n - 1] + 1));
    if (q)
        fix_submul(r, s, q);
    while (fix_cmp(r, s) >= 0) {
        fix_submul(r, s, 1);
        q++;
    }
    return q;
}

/* ---------------------------------------------------------------------
 * Digits of a double
 * ------------------------------------------------------------------- */

/* x = f * 2**e with f an integer below 2**53 (fewer bits for subnormals). */
static uint64_t split_double(double x, int *e)
{
    double m = frexp(x, e);
    uint64_t f = (uint64_t)ldexp(m, 53);
    *e -= 53;
    if (*e < -1074) {
        f >>= -1074 - *e;
        *e = -1074;
    }
    return f;
}

/* x / 10**k as r / s, with k chosen so that r / s lies in [0.1, 1) once
 * the caller's fix-up has settled it, plus the half-gaps to the
 * neighbouring doubles, mp / s above and mm / s below. */
typedef struct Scaled {
    uint32_t rw[DIGITS_WORDS], sw[DIGITS_WORDS], pw[DIGITS_WORDS], mw[DIGITS_WORDS];
    Fix r, s, mp, mm;
    int32_t k;
    bool even;          /* even mantissa: the boundaries round to x */
} Scaled;

static void scaled_init(Scaled *sc, double x)
{
    sc->r = (Fix){sc->rw, 0};
    sc->s = (Fix){sc->sw, 0};
    sc->mp = (Fix){sc->pw, 0};
    sc->mm = (Fix){sc->mw, 0};
    int e;
    uint64_t f = split_double(x, &e);
    sc->even = (f & 1) == 0;
    /* Above a power of two the gap below is half the gap above. */
    int32_t lower = f == (uint64_t)1 << 52 && e > -1074;
    /* Everything doubled (quadrupled for unequal gaps) so the half-gaps
     * are integers too: x = r/s, 2**(e-1) = mp/s, 2**(e-1-lower) = mm/s. */
    fix_set(&sc->r, f << (1 + lower));
    fix_set(&sc->s, (uint64_t)2 << lower);
    fix_set(&sc->mp, (uint64_t)1 << lower);
    fix_set(&sc->mm, 1);
    if (e >= 0) {
        fix_shl(&sc->r, e);
        fix_shl(&sc->mp, e);
        fix_shl(&sc->mm, e);
    } else {
        fix_shl(&sc->s, -e);
    }
    /* k, with 10**(k-1) <= x < 10**k, estimated from the bit length: the
     * estimate is right or one too small, and the caller's fix-up
     * settles it. */
    int nbits = 64 - __builtin_clzll(f);
    sc->k = (int32_t)ceil((nbits + e - 1) * 0.30102999566398120);
    if (sc->k >= 0) {
        fix_mul_pow10(&sc->s, sc->k);
    } else {
        fix_mul_pow10(&sc->r, -sc->k);
        fix_mul_pow10(&sc->mp, -sc->k);
        fix_mul_pow10(&sc->mm, -sc->k);
    }
}

/* Shifts everything so the top bit of s is set (fix_divmod_small needs
 * it); ratios, and so all comparisons, are unchanged. */
static void scaled_normalize(Scaled *sc)
{
    int sh = __builtin_clz(sc->s.d[sc->s.len - 1]);
    fix_shl(&sc->r, sh);
    fix_shl(&sc->s, sh);
    fix_shl(&sc->mp, sh);
    fix_shl(&sc->mm, sh);
}

static void scaled_bump_k(Scaled *sc)
{
    fix_mul_add(&sc->s, 10, 0);
    sc->k++;
}

/* Decimal digits: value = 0.d[0]d[1]...d[n-1] * 10**decpt, with no
 * trailing zeros; zero is "0" with decpt 1. */
typedef struct Digits {
    char *d;
    int32_t n, decpt;
} Digits;

static void digits_zero(Digits *dg)
{
    dg->d[0] = '0';
    dg->n = 1;
    dg->decpt = 1;
}

/* The shortest digits that read back as x > 0 (at most 17); among those
 * the closest to x, ties to an even digit, as CPython's repr. */
static void digits_shortest(double x, Digits *dg)
{
    Scaled sc;
    scaled_init(&sc, x);
    /* k must put the upper boundary below 10**k (or at it when it does
     * not round to x) so that the first digit is at most 9. */
    while (fix_cmp_sum(&sc.r, &sc.mp, &sc.s) >= (sc.even ? 0 : 1))
        scaled_bump_k(&sc);
    scaled_normalize(&sc);
    int32_t n = 0;
    for (;;) {
        fix_mul_add(&sc.r, 10, 0);
        fix_mul_add(&sc.mp, 10, 0);
        fix_mul_add(&sc.mm, 10, 0);
        uint32_t d = fix_divmod_small(&sc.r, &sc.s);
        int lo = fix_cmp(&sc.r, &sc.mm), hi = fix_cmp_sum(&sc.r, &sc.mp, &sc.s);
        bool low = sc.even ? lo <= 0 : lo < 0;     /* truncating stays inside */
        bool high = sc.even ? hi >= 0 : hi > 0;    /* rounding up stays inside */
        if (low && high) {
            int c = fix_cmp_sum(&sc.r, &sc.r, &sc.s);   /* 2r vs s */
            d += c > 0 || (c == 0 && (d & 1));
        } else if (high) {
            d++;
        }
        dg->d[n++] = (char)('0' + d);
        if (low || high)
            break;
    }
    dg->n = n;
    dg->decpt = sc.k;
}

/* Digits of x >= 0 rounded half to even at a fixed place: count
 * significant digits (frac false), or digits up to 10**-count (frac
 * true).  At most cap digits are produced: callers leave room for all
 * digits up to the rounding place or to the end of the exact expansion
 * (767 significant digits at most), whichever comes first. */
static void digits_fixed(double x, bool frac, int64_t count, int32_t cap, Digits *dg)
{
    if (x == 0) {
        digits_zero(dg);
        return;
    }
    Scaled sc;
    scaled_init(&sc, x);
    while (fix_cmp(&sc.r, &sc.s) >= 0)
        scaled_bump_k(&sc);
    scaled_normalize(&sc);
    if (frac)
        count += sc.k;
    if (count < 0) {
        digits_zero(dg);
        return;
    }
    int32_t n = 0;
    while (n < count && n < cap && !fix_is_zero(&sc.r)) {
        fix_mul_add(&sc.r, 10, 0);
        dg->d[n++] = (char)('0' + fix_divmod_small(&sc.r, &sc.s));
    }
    dg->decpt = sc.k;
    int c = fix_cmp_sum(&sc.r, &sc.r, &sc.s);
    bool up = c > 0 || (c == 0 && n > 0 && (dg->d[n - 1] & 1));
    if (up) {
        while (n > 0 && dg->d[n - 1] == '9')
            n--;
        if (n == 0) {
            dg->d[n++] = '0';       /* becomes "1" one place higher */
            dg->decpt++;
        }
        dg->d[n - 1]++;
    }
    while (n > 0 && dg->d[n - 1] == '0')
        n--;
    if (n == 0)
        digits_zero(dg);
    else
        dg->n = n;
}

/* ---------------------------------------------------------------------
 * Body: the digits spelled out
 * ------------------------------------------------------------------- */

/* How a float's digits become text.  The output is a slice
 * [start, end) of the digit string extended with zeros on both sides,
 * with a point before index decpt and perhaps an exponent. */
typedef struct Body {
    const Digits *dg;
    int64_t decpt, start, end;
    bool point, use_exp, upper;
    int32_t exp;
} Body;

/* code: 'e', 'f', 'g' or 'r' (repr); prec as CPython's
 * PyOS_double_to_string gets it; dot0 adds ".0" to integral values
 * (repr, and format() without a type). */
static void body_plan(Body *b, const Digits *dg, char code, int64_t prec,
                      bool alt, bool dot0)
{
    int64_t decpt = dg->decpt, end = dg->n;
    b->dg = dg;
    b->use_exp = false;
    switch (code) {
    case 'e':
        b->use_exp = true;
        end = prec + 1;
        break;
    case 'f':
        end = decpt + prec;
        break;
    case 'g':
        b->use_exp = decpt <= -4 || decpt > (dot0 ? prec - 1 : prec);
        if (alt)
            end = prec;
        break;
    default:                        /* 'r' switches to exponents at 1e16 */
        b->use_exp = decpt <= -4 || decpt > 16;
        break;
    }
    if (b->use_exp) {
        b->exp = (int32_t)(decpt - 1);
        decpt = 1;
    }
    b->start = decpt <= 0 ? decpt - 1 : 0;    /* a "0" before the point */
    int64_t min_end = !b->use_exp && dot0 ? decpt + 1 : decpt;
    if (end < min_end)
        end = min_end;
    if (end < dg->n)
        end = dg->n;
    b->decpt = decpt;
    b->end = end;
    b->point = decpt < end || alt;
}

static int exp_digits(int32_t e)
{
    e = e < 0 ? -e : e;
    return e >= 100 ? 3 : 2;
}

static uint64_t body_size(const Body *b)
{
    return (uint64_t)(b->end - b->start) + b->point
           + (b->use_exp ? 2 + (uint64_t)exp_digits(b->exp) : 0);
}

/* Digits before the point: the part that is grouped. */
static uint64_t body_int_digits(const Body *b)
{
    return (uint64_t)(b->decpt - b->start);
}

static char *body_write(const Body *b, char *p)
{
    const Digits *dg = b->dg;
    for (int64_t i = b->start; i < b->end; i++) {
        if (i == b->decpt && b->point)
            *p++ = '.';
        *p++ = i >= 0 && i < dg->n ? dg->d[i] : '0';
    }
    if (b->point && b->decpt == b->end)
        *p++ = '.';
    if (b->use_exp) {
        int32_t e = b->exp < 0 ? -b->exp : b->exp;
        *p++ = b->upper ? 'E' : 'e';
        *p++ = b->exp < 0 ? '-' : '+';
        if (e >= 100)
            *p++ = (char)('0' + e / 100);
        *p++ = (char)('0' + e / 10 % 10);
        *p++ = (char)('0' + e % 10);
    }
    return p;
}

/* ---------------------------------------------------------------------
 * Layout: sign, prefix, grouping, fill, alignment
 * ------------------------------------------------------------------- */

/* A number (or, for strings and characters, just rest) ready for layout:
 * [sign][prefix][zeros][digits][rest], digits being the grouped part. */
typedef struct Number {
    char sign;                  /* 0 or the character */
    const char *prefix;         /* "0x" and the like, or "" */
    uint64_t zeros;             /* zeros before the digits ("%.5d") */
    const char *digits;
    uint64_t ndigits;
    bool upper;                 /* upper-case the digits ('X') */
    const char *rest;
    uint64_t nrest, rest_chars; /* bytes and code points */
    int group;                  /* digits per group, 0 for none */
} Number;

typedef struct Layout {
    uint64_t nint;              /* integer digits after zero padding */
    uint64_t left, mid, right;  /* fill characters */
    uint64_t bytes;
    int fill_len;
} Layout;

static int utf8_len(uint32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

static char *utf8_put(char *p, uint32_t cp)
{
    if (cp < 0x80) {
        *p++ = (char)cp;
    } else if (cp < 0x800) {
        *p++ = (char)(0xC0 | cp >> 6);
        *p++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *p++ = (char)(0xE0 | cp >> 12);
        *p++ = (char)(0x80 | (cp >> 6 & 0x3F));
        *p++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *p++ = (char)(0xF0 | cp >> 18);
        *p++ = (char)(0x80 | (cp >> 12 & 0x3F));
        *p++ = (char)(0x80 | (cp >> 6 & 0x3F));
        *p++ = (char)(0x80 | (cp & 0x3F));
    }
    return p;
}

static uint64_t grouped_len(uint64_t n, int group)
{
    return group && n > 0 ? n + (n - 1) / (uint64_t)group : n;
}

static void layout_plan(Layout *lo, const NumfmtSpec *spec, const Number *num)
{
    uint64_t fixed = (num->sign != 0) + strlen(num->prefix) + num->rest_chars;
    uint64_t width = spec->width > 0 ? (uint64_t)spec->width : 0;
    int group = num->ndigits + num->zeros > 0 ? num->group : 0;
    lo->nint = num->zeros + num->ndigits;
    if (spec->fill == '0' && spec->align == '=' && width > fixed) {
        /* Zero padding belongs to the digits and is grouped with them;
         * a group never starts with a separator, so the result may come
         * out one wider than asked. */
        uint64_t want = width - fixed;
        uint64_t n = group ? want - (want - 1) / ((uint64_t)group + 1) : want;
        while (n > lo->nint && grouped_len(n - 1, group) >= want)
            n--;
        while (grouped_len(n, group) < want)
            n++;
        if (n > lo->nint)
            lo->nint = n;
    }
    uint64_t chars = fixed + grouped_len(lo->nint, group);
    uint64_t pad = width > chars ? width - chars : 0;
    lo->left = lo->mid = lo->right = 0;
    switch (spec->align) {
    case '<': lo->right = pad; break;
    case '^': lo->left = pad / 2; lo->right = pad - pad / 2; break;
    case '=': lo->mid = pad; break;
    default: lo->left = pad; break;
    }
    lo->fill_len = utf8_len(spec->fill);
    lo->bytes = chars - num->rest_chars + num->nrest + pad * (uint64_t)lo->fill_len;
}

static char *put_fill(char *p, uint64_t count, uint32_t fill, int fill_len)
{
    if (fill_len == 1) {
        memset(p, (int)fill, (size_t)count);
        return p + count;
    }
    for (uint64_t i = 0; i < count; i++)
        p = utf8_put(p, fill);
    return p;
}

static char upper_digit(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

static char *layout_write(const Layout *lo, const NumfmtSpec *spec,
                          const Number *num, char *p)
{
    p = put_fill(p, lo->left, spec->fill, lo->fill_len);
    if (num->sign)
        *p++ = num->sign;
    size_t np = strlen(num->prefix);
    memcpy(p, num->prefix, np);
    p += np;
    p = put_fill(p, lo->mid, spec->fill, lo->fill_len);
    int group = lo->nint > 0 ? num->group : 0;
    uint64_t lead = lo->nint - num->ndigits;
    for (uint64_t i = 0; i < lo->nint; i++) {
        if (group && i > 0 && (lo->nint - i) % (uint64_t)group == 0)
            *p++ = spec->grouping;
        char c = i < lead ? '0' : num->digits[i - lead];
        *p++ = num->upper ? upper_digit(c) : c;
    }
    memcpy(p, num->rest, (size_t)num->nrest);
    p += num->nrest;
    return put_fill(p, lo->right, spec->fill, lo->fill_len);
}

/* Makes room for extra more bytes after out->len. */
static bool reserve(NumfmtBuf *out, uint64_t extra)
{
    if (extra > SIZE_MAX / 2 - out->len)
        return false;
    size_t need = out->len + (size_t)extra;
    return need <= out->cap || out->grow(out, need);
}

static NumfmtErr put_number(NumfmtBuf *out, const NumfmtSpec *spec, const Number *num)
{
    Layout lo;
    layout_plan(&lo, spec, num);
    if (!reserve(out, lo.bytes))
        return NUMFMT_NOMEM;
    layout_write(&lo, spec, num, out->p + out->len);
    out->len += (size_t)lo.bytes;
    return NUMFMT_OK;
}

/* ---------------------------------------------------------------------
 * Spec parsing and messages
 * ------------------------------------------------------------------- */

static bool is_align(char c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

/* Decodes one UTF-8 code point at s (n > 0 bytes left); *len gets its
 * length.  Invalid bytes count as one code point each. */
static uint32_t utf8_get(const char *s, size_t n, size_t *len)
{
    const uint8_t *u = (const uint8_t *)s;
    int extra = u[0] >= 0xF0 ? 3 : u[0] >= 0xE0 ? 2 : u[0] >= 0xC0 ? 1 : 0;
    if ((size_t)extra >= n)
        extra = 0;
    uint32_t cp = extra ? u[0] & (0x3F >> extra) : u[0];
    for (int i = 1; i <= extra; i++)
        cp = cp << 6 | (u[i] & 0x3F);
    *len = (size_t)extra + 1;
    return cp;
}

/* Reads decimal digits at s[*pos]; false when the value passes INT32_MAX. */
static bool parse_count(const char *s, size_t n, size_t *pos, int32_t *value, bool *any)
{
    int64_t v = 0;
    *any = false;
    while (*pos < n && s[*pos] >= '0' && s[*pos] <= '9') {
        v = v * 10 + (s[(*pos)++] - '0');
        if (v > INT32_MAX)
            return false;
        *any = true;
    }
    *value = (int32_t)v;
    return true;
}

static bool separator_allowed(char sep, uint32_t type)
{
    switch (type) {
    case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        return true;
    case 'b': case 'o': case 'x': case 'X':
        return sep == '_';
    default:
        return false;
    }
}

NumfmtErr numfmt_parse_spec(const char *s, size_t n, uint32_t default_type,
                            NumfmtSpec *spec)
{
    bool numeric_default = default_type != 's';
    *spec = (NumfmtSpec){' ', numeric_default ? '>' : '<', 0, false, false, 0, 0, -1,
                         default_type, 0};
    size_t pos = 0, l0 = 0;
    bool fill_given = false, align_given = false, any;
    uint32_t c0 = n ? utf8_get(s, n, &l0) : 0;
    if (n > l0 && is_align(s[l0])) {
        spec->fill = c0;
        spec->align = s[l0];
        pos = l0 + 1;
        fill_given = align_given = true;
    } else if (n > 0 && is_align(s[0])) {
        spec->align = s[0];
        pos = 1;
        align_given = true;
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
        spec->sign = s[pos++];
    if (pos < n && s[pos] == 'z') {
        spec->no_neg_zero = true;
        pos++;
    }
    if (pos < n && s[pos] == '#') {
        spec->alternate = true;
        pos++;
    }
    if (pos < n && s[pos] == '0' && !fill_given) {
        spec->fill = '0';
        if (!align_given && numeric_default)
            spec->align = '=';
        pos++;
    }
    if (!parse_count(s, n, &pos, &spec->width, &any))
        return NUMFMT_TOO_MANY_DIGITS;
    if (pos < n && (s[pos] == ',' || s[pos] == '_')) {
        spec->grouping = s[pos++];
        if (pos < n && (s[pos] == ',' || s[pos] == '_') && s[pos] != spec->grouping)
            return NUMFMT_BOTH_SEPARATORS;
    }
    if (pos < n && s[pos] == '.') {
        pos++;
        if (!parse_count(s, n, &pos, &spec->precision, &any))
            return NUMFMT_TOO_MANY_DIGITS;
        if (!any)
            return NUMFMT_MISSING_PRECISION;
    }
    if (pos < n) {
        size_t len;
        uint32_t type = utf8_get(s + pos, n - pos, &len);
        if (pos + len < n)
            return NUMFMT_INVALID;
        spec->type = type;
    }
    if (spec->grouping && !separator_allowed(spec->grouping, spec->type))
        return NUMFMT_SEPARATOR_TYPE;
    return NUMFMT_OK;
}

NumfmtErr numfmt_spec_from_printf(NumfmtSpec *spec, const char *flags,
                                  size_t nflags, int32_t width,
                                  int32_t precision, char conv)
{
    bool minus = memchr(flags, '-', nflags), zero = memchr(flags, '0', nflags);
    bool plus = memchr(flags, '+', nflags), space = memchr(flags, ' ', nflags);
    *spec = (NumfmtSpec){' ', '>', plus ? '+' : space ? ' ' : 0, false,
                         memchr(flags, '#', nflags) != NULL, 0,
                         width > 0 ? width : 0, precision, (uint32_t)conv, 0};
    bool numeric = true;
    switch (conv) {
    case 'i': case 'u':
        spec->type = 'd';
        /* fall through */
    case 'd': case 'o': case 'x': case 'X':
        spec->min_digits = precision > 0 ? precision : 0;
        spec->precision = -1;
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        break;
    case 'c':
        spec->precision = -1;
        /* fall through */
    case 's': case 'r': case 'a':
        spec->type = 's';
        spec->sign = 0;
        spec->alternate = false;
        numeric = false;
        break;
    default:
        return NUMFMT_UNKNOWN_CODE;
    }
    if (minus) {
        spec->align = '<';
    } else if (zero && numeric) {
        spec->fill = '0';
        spec->align = '=';
    }
    return NUMFMT_OK;
}

/* A bounded string builder for messages. */
typedef struct Msg {
    char *p;
    size_t len, size;
} Msg;

static void msg_put(Msg *m, const char *s, size_t n)
{
    for (size_t i = 0; i < n && m->len + 1 < m->size; i++)
        m->p[m->len++] = s[i];
    if (m->size)
        m->p[m->len] = '\0';
}

static void msg_str(Msg *m, const char *s)
{
    msg_put(m, s, strlen(s));
}

/* A type or separator character as CPython quotes it: itself when
 * printable ASCII, else \x and its hex code. */
static void msg_char(Msg *m, uint32_t c)
{
    char buf[16];
    if (c > 32 && c < 128) {
        buf[0] = (char)c;
        msg_put(m, buf, 1);
        return;
    }
    int n = 0;
    buf[n++] = '\\';
    buf[n++] = 'x';
    int shift = 28;
    while (shift > 0 && (c >> shift) == 0)
        shift -= 4;
    for (; shift >= 0; shift -= 4)
        buf[n++] = "0123456789abcdef"[(c >> shift) & 15];
    msg_put(m, buf, (size_t)n);
}

static const char *const fixed_messages[] = {
    [NUMFMT_NOMEM] = "out of memory",
    [NUMFMT_OVERFLOW] = "rounded value too large to represent",
    [NUMFMT_CHAR_RANGE] = "%c arg not in range(0x110000)",
    [NUMFMT_TOO_MANY_DIGITS] = "Too many decimal digits in format string",
    [NUMFMT_MISSING_PRECISION] = "Format specifier missing precision",
    [NUMFMT_BOTH_SEPARATORS] = "Cannot specify both ',' and '_'.",
    [NUMFMT_INT_PRECISION] = "Precision not allowed in integer format specifier",
    [NUMFMT_INT_NO_NEG_ZERO] =
        "Negative zero coercion (z) not allowed in integer format specifier",
    [NUMFMT_CHAR_SIGN] = "Sign not allowed with integer format specifier 'c'",
    [NUMFMT_CHAR_ALTERNATE] =
        "Alternate form (#) not allowed with integer format specifier 'c'",
    [NUMFMT_STR_SIGN] = "Sign not allowed in string format specifier",
    [NUMFMT_STR_SPACE] = "Space not allowed in string format specifier",
    [NUMFMT_STR_NO_NEG_ZERO] =
        "Negative zero coercion (z) not allowed in string format specifier",
    [NUMFMT_STR_ALTERNATE] = "Alternate form (#) not allowed in string format specifier",
    [NUMFMT_STR_ALIGN] = "'=' alignment not allowed in string format specifier",
};

size_t numfmt_error_message(NumfmtErr err, const NumfmtSpec *spec,
                            const char *spec_text, size_t spec_len,
                            const char *type_name, char *buf, size_t size)
{
    Msg m = {buf, 0, size};
    msg_put(&m, "", 0);
    switch (err) {
    case NUMFMT_INVALID:
        msg_str(&m, "Invalid format specifier '");
        msg_put(&m, spec_text, spec_len);
        msg_str(&m, "' for object of type '");
        msg_str(&m, type_name);
        msg_str(&m, "'");
        break;
    case NUMFMT_SEPARATOR_TYPE:
        msg_str(&m, "Cannot specify '");
        msg_char(&m, (uint32_t)spec->grouping);
        msg_str(&m, "' with '");
        msg_char(&m, spec->type);
        msg_str(&m, "'.");
        break;
    case NUMFMT_UNKNOWN_CODE:
        msg_str(&m, "Unknown format code '");
        msg_char(&m, spec->type);
        msg_str(&m, "' for object of type '");
        msg_str(&m, type_name);
        msg_str(&m, "'");
        break;
    default:
        if ((size_t)err < sizeof fixed_messages / sizeof *fixed_messages
            && fixed_messages[err])
            msg_str(&m, fixed_messages[err]);
        break;
    }
    return m.len;
}

/* ---------------------------------------------------------------------
 * Formatters
 * ------------------------------------------------------------------- */

int numfmt_int_base(const NumfmtSpec *spec)
{
    switch (spec->type) {
    case 0: case 'd': case 'n': return 10;
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    case 'c': return 0;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': return -1;
    default: return -2;
    }
}

/* The checks CPython makes on an int's spec, in its order. */
static NumfmtErr check_int_spec(const NumfmtSpec *spec)
{
    if (numfmt_int_base(spec) < 0)
        return NUMFMT_UNKNOWN_CODE;
    if (spec->precision >= 0)
        return NUMFMT_INT_PRECISION;
    if (spec->no_neg_zero)
        return NUMFMT_INT_NO_NEG_ZERO;
    if (spec->type == 'c' && spec->sign)
        return NUMFMT_CHAR_SIGN;
    if (spec->type == 'c' && spec->alternate)
        return NUMFMT_CHAR_ALTERNATE;
    return NUMFMT_OK;
}

static char sign_char(const NumfmtSpec *spec, bool neg)
{
    if (neg)
        return '-';
    return spec->sign == '-' ? 0 : spec->sign;   /* 0 when absent */
}

NumfmtErr numfmt_format_int(NumfmtBuf *out, const NumfmtSpec *spec, bool neg,
                            const char *digits, size_t ndigits)
{
    NumfmtErr err = check_int_spec(spec);
    if (err)
        return err;
    static const char *const prefixes[] = {"0b", "0o", "0x", "0X"};
    const char *prefix = "";
    int group = spec->grouping == 0 ? 0 : 3;
    switch (spec->type) {
    case 'b': case 'o': case 'x': case 'X':
        if (spec->alternate)
            prefix = prefixes[spec->type == 'b' ? 0 : spec->type == 'o' ? 1
                              : spec->type == 'x' ? 2 : 3];
        if (group)
            group = 4;
        break;
    }
    uint64_t zeros = spec->min_digits > 0 && (size_t)spec->min_digits > ndigits
                         ? (uint64_t)spec->min_digits - ndigits : 0;
    Number num = {sign_char(spec, neg), prefix, zeros, digits, ndigits,
                  spec->type == 'X', "", 0, 0, group};
    return put_number(out, spec, &num);
}

NumfmtErr numfmt_format_int64(NumfmtBuf *out, const NumfmtSpec *spec, int64_t v)
{
    int base = numfmt_int_base(spec);
    if (base == -1)
        return numfmt_format_float(out, spec, (double)v);
    if (base == 0 && check_int_spec(spec) == NUMFMT_OK)
        return v >= 0 && v < 0x110000 ? numfmt_format_char(out, spec, (uint32_t)v)
                                      : NUMFMT_CHAR_RANGE;
    if (base <= 0)
        return check_int_spec(spec);
    char buf[64];
    char *p = buf + sizeof buf;
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        *--p = "0123456789abcdef"[m % (uint64_t)base];
        m /= (uint64_t)base;
    } while (m);
    return numfmt_format_int(out, spec, v < 0, p, (size_t)(buf + sizeof buf - p));
}

NumfmtErr numfmt_format_char(NumfmtBuf *out, const NumfmtSpec *spec, uint32_t cp)
{
    NumfmtErr err = check_int_spec(spec);
    if (err)
        return err;
    char buf[4];
    size_t n = (size_t)(utf8_put(buf, cp) - buf);
    Number num = {0, "", 0, "", 0, false, buf, n, 1, 0};
    return put_number(out, spec, &num);
}

NumfmtErr numfmt_format_str(NumfmtBuf *out, const NumfmtSpec *spec,
                            const char *s, size_t n)
{
    if (spec->type != 's' && spec->type != 0)
        return NUMFMT_UNKNOWN_CODE;
    if (spec->sign)
        return spec->sign == ' ' ? NUMFMT_STR_SPACE : NUMFMT_STR_SIGN;
    if (spec->no_neg_zero)
        return NUMFMT_STR_NO_NEG_ZERO;
    if (spec->alternate)
        return NUMFMT_STR_ALTERNATE;
    if (spec->align == '=')
        return NUMFMT_STR_ALIGN;
    /* Count code points, stopping at the precision. */
    uint64_t chars = 0, limit = spec->precision >= 0 ? (uint64_t)spec->precision : UINT64_MAX;
    size_t bytes = 0;
    for (; bytes < n; bytes++) {
        if (((uint8_t)s[bytes] & 0xC0) != 0x80) {
            if (chars == limit)
                break;
            chars++;
        }
    }
    Number num = {0, "", 0, "", 0, false, s, bytes, chars, 0};
    return put_number(out, spec, &num);
}

/* How format() spells a float for a spec, in PyOS_double_to_string's
 * terms. */
typedef struct FloatStyle {
    char code;          /* 'e', 'f', 'g' or 'r' */
    int64_t prec;
    bool alt, dot0, upper, percent;
} FloatStyle;

static bool float_style(const NumfmtSpec *spec, FloatStyle *st)
{
    uint32_t t = spec->type;
    *st = (FloatStyle){0, spec->precision < 0 ? 6 : spec->precision, spec->alternate,
                       false, t == 'E' || t == 'F' || t == 'G', t == '%'};
    switch (t) {
    case 0:
        /* No type: repr, or 'g' keeping a ".0" when a precision is given. */
        st->dot0 = true;
        st->code = spec->precision < 0 ? 'r' : 'g';
        st->prec = spec->precision;
        break;
    case 'e': case 'E': st->code = 'e'; break;
    case 'f': case 'F': case '%': st->code = 'f'; break;
    case 'g': case 'G': case 'n': st->code = 'g'; break;
    default: return false;
    }
    if (st->code == 'g' && st->prec == 0)
        st->prec = 1;
    return true;
}

/* Most digits digits_fixed ever produces: every exact expansion (767
 * significant digits at most) fits. */
#define DIGITS_CAP 800

/* Room for the digits of x > 0 in a style; digits_fixed is given at least
 * as many as it can produce before reaching the rounding place. */
static int32_t digits_room(double x, const FloatStyle *st)
{
    int64_t n;
    if (st->code == 'r') {
        n = 17;
    } else if (st->code == 'f') {
        int e;
        frexp(x, &e);               /* x < 2**e, so k <= e * log10(2) + 1 */
        n = (e > 0 ? e * 78 / 256 + 2 : 1) + st->prec;
    } else {
        n = st->prec + 1;
    }
    return n < DIGITS_CAP ? (int32_t)n + 1 : DIGITS_CAP;
}

static void float_digits(double x, const FloatStyle *st, int32_t room, Digits *dg)
{
    if (x == 0) {
        digits_zero(dg);
    } else if (st->code == 'r') {
        digits_shortest(x, dg);
    } else {
        bool frac = st->code == 'f';
        int64_t count = st->code == 'e' ? st->prec + 1 : st->prec;
        digits_fixed(x, frac, count, room, dg);
    }
}

static NumfmtErr format_nonfinite(NumfmtBuf *out, const NumfmtSpec *spec,
                                  const FloatStyle *st, double x)
{
    char text[5];
    memcpy(text, isnan(x) ? "nan" : "inf", 3);
    if (st->upper)
        for (int i = 0; i < 3; i++)
            text[i] = upper_digit(text[i]);
    size_t n = 3;
    if (st->percent)
        text[n++] = '%';
    Number num = {sign_char(spec, !isnan(x) && x < 0), "", 0, "", 0, false,
                  text, n, n, 0};
    return put_number(out, spec, &num);
}

NumfmtErr numfmt_format_float(NumfmtBuf *out, const NumfmtSpec *spec, double x)
{
    FloatStyle st;
    if (!float_style(spec, &st))
        return NUMFMT_UNKNOWN_CODE;
    if (st.percent)
        x *= 100;
    if (!isfinite(x))
        return format_nonfinite(out, spec, &st, x);
    bool neg = signbit(x);
    /* Digits, then the body, then the laid-out result go to the end of
     * out as scratch; the result is moved down at the end. */
    size_t base = out->len;
    int32_t room = digits_room(fabs(x), &st);
    if (!reserve(out, (uint64_t)room))
        return NUMFMT_NOMEM;
    Digits dg = {out->p + base, 0, 0};
    float_digits(fabs(x), &st, room, &dg);
    if (spec->no_neg_zero && dg.n == 1 && dg.d[0] == '0')
        neg = false;
    Body body;
    body_plan(&body, &dg, st.code, st.prec, st.alt, st.dot0);
    body.upper = st.upper;
    uint64_t nbody = body_size(&body) + st.percent;
    uint64_t nint = body_int_digits(&body);
    Number num = {sign_char(spec, neg), "", 0, NULL, nint, false, NULL,
                  nbody - nint, nbody - nint, spec->grouping ? 3 : 0};
    Layout lo;
    layout_plan(&lo, spec, &num);
    size_t ndig = (size_t)dg.n;
    out->len += ndig;
    bool ok = reserve(out, nbody + lo.bytes);
    out->len -= ndig;
    if (!ok)
        return NUMFMT_NOMEM;
    dg.d = out->p + base;
    char *text = out->p + base + ndig;
    char *end = body_write(&body, text);
    if (st.percent)
        *end = '%';
    num.digits = text;
    num.rest = text + nint;
    char *final = text + nbody;
    layout_write(&lo, spec, &num, final);
    memmove(out->p + base, final, (size_t)lo.bytes);
    out->len = base + (size_t)lo.bytes;
    return NUMFMT_OK;
}

size_t numfmt_float_repr(double x, char *buf)
{
    char *p = buf;
    if (isnan(x)) {
        memcpy(buf, "nan", 4);
        return 3;
    }
    if (signbit(x))
        *p++ = '-';
    if (isinf(x)) {
        memcpy(p, "inf", 4);
        return (size_t)(p + 3 - buf);
    }
    char digits[20];
    Digits dg = {digits, 0, 0};
    if (x == 0)
        digits_zero(&dg);
    else
        digits_shortest(fabs(x), &dg);
    Body body;
    body_plan(&body, &dg, 'r', 0, false, true);
    body.upper = false;
    p = body_write(&body, p);
    *p = '\0';
    return (size_t)(p - buf);
}

/* ---------------------------------------------------------------------
 * Text to double
 * ------------------------------------------------------------------- */

/* Rounds q * 2**scale (q > 0, sticky: something non-zero was cut off
 * below q) to a double, half to even, once, at the precision the result
 * has — fewer than 53 bits for subnormals. */
static double round_binary(uint64_t q, bool sticky, int64_t scale)
{
    int bits = 64 - __builtin_clzll(q);
    int64_t e = bits - 1 + scale;
    int64_t keep = e >= -1022 ? 53 : e + 1075;
    if (keep < 0)
        return 0.0;
    int64_t drop = bits - keep;
    if (drop <= 0)
        return ldexp((double)q, (int)scale);        /* exact */
    uint64_t m = drop < 64 ? q >> drop : 0;
    uint64_t rest = drop < 64 ? q & (((uint64_t)1 << drop) - 1) : q;
    uint64_t half = (uint64_t)1 << (drop - 1);
    if (rest > half || (rest == half && (sticky || (m & 1))))
        m++;
    if (scale + drop > 2000)
        return HUGE_VAL;
    return ldexp((double)m, (int)(scale + drop));
}

/* Most significant digits kept: enough for any halfway point between
 * doubles (767 digits); the rest only matters as "non-zero". */
#define MAX_SIG_DIGITS 800

static const double exact_pow10[] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* The significant digits of a decimal mantissa: characters other than
 * digits (the point, underscores) are skipped. */
typedef struct Mantissa {
    const char *s;
    size_t n;
    int64_t ndigits;    /* from the first non-zero to the last non-zero digit */
    int64_t trailing;   /* zeros after the last non-zero digit */
} Mantissa;

static void mantissa_scan(Mantissa *mt, const char *s, size_t n)
{
    int64_t seen = 0, last_nonzero = 0;
    bool started = false;
    mt->s = s;
    mt->n = n;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9' || (!started && s[i] == '0'))
            continue;
        started = true;
        seen++;
        if (s[i] != '0')
            last_nonzero = seen;
    }
    mt->ndigits = last_nonzero;
    mt->trailing = seen - last_nonzero;
}

/* x = digits * 10**exp10 exactly, rounded once: the digits become the
 * integer N; for exp10 >= 0 the top 64 bits of N * 10**exp10 are rounded,
 * otherwise 64 quotient bits of N * 2**t / 10**-exp10 from a restoring
 * division. */
__attribute__((noinline)) static double decimal_slow(const Mantissa *mt, int64_t exp10)
{
    uint32_t aw[PARSE_WORDS], bw[PARSE_WORDS];
    Fix a = {aw, 0}, b = {bw, 0};
    int64_t used = 0;
    bool started = false, sticky = false;
    uint32_t chunk = 0;
    int nchunk = 0;
    for (size_t i = 0; i < mt->n && used < mt->ndigits; i++) {
        char c = mt->s[i];
        if (c < '0' || c > '9' || (!started && c == '0'))
            continue;
        started = true;
        if (used == MAX_SIG_DIGITS) {
            sticky = true;          /* the last digit kept is not the last non-zero */
            break;
        }
        used++;
        chunk = chunk * 10 + (uint32_t)(c - '0');
        if (++nchunk == 9) {
            fix_mul_add(&a, pow10_u32[9], chunk);
            chunk = 0;
            nchunk = 0;
        }
    }
    if (nchunk)
        fix_mul_add(&a, pow10_u32[nchunk], chunk);
    exp10 += mt->ndigits - used;
    uint64_t q;
    int64_t scale;
    if (exp10 >= 0) {
        fix_mul_pow10(&a, (int32_t)exp10);
        int32_t bits = fix_bit_length(&a);
        scale = bits > 64 ? bits - 64 : 0;
        q = 0;
        for (int32_t i = bits - 1; i >= scale; i--)
            q = q << 1 | ((a.d[i / 32] >> (i % 32)) & 1);
        for (int32_t i = 0; i < scale && !sticky; i++)
            sticky = (a.d[i / 32] >> (i % 32)) & 1;
    } else {
        fix_set(&b, 1);
        fix_mul_pow10(&b, (int32_t)-exp10);
        int32_t t = 63 + fix_bit_length(&b) - fix_bit_length(&a);
        if (t > 0)
            fix_shl(&a, t);
        else
            fix_shl(&b, -t);
        int32_t j = fix_bit_length(&a) - fix_bit_length(&b);
        fix_shl(&b, j);
        q = 0;
        for (int32_t i = j; i >= 0; i--) {
            q <<= 1;
            if (fix_cmp(&a, &b) >= 0) {
                fix_submul(&a, &b, 1);
                q |= 1;
            }
            if (i > 0)
                fix_shr1(&b);
        }
        sticky = sticky || !fix_is_zero(&a);
        scale = -t;
    }
    return round_binary(q, sticky, scale);
}

/* The double nearest to the digits of s[0..n) (other characters skipped)
 * times 10**exp10. */
static double decimal_to_double(const char *s, size_t n, int64_t exp10)
{
    Mantissa mt;
    mantissa_scan(&mt, s, n);
    if (mt.ndigits == 0)
        return 0.0;
    exp10 += mt.trailing;
    if (mt.ndigits + exp10 > 310)
        return HUGE_VAL;
    if (mt.ndigits + exp10 < -324)
        return 0.0;
    if (mt.ndigits <= 15 && exp10 >= -22 && exp10 <= 22) {
        /* Both operands exact, so IEEE arithmetic rounds correctly. */
        uint64_t v = 0;
        int64_t taken = 0;
        bool started = false;
        for (size_t i = 0; i < n && taken < mt.ndigits; i++) {
            if (s[i] < '0' || s[i] > '9' || (!started && s[i] == '0'))
                continue;
            started = true;
            v = v * 10 + (uint64_t)(s[i] - '0');
            taken++;
        }
        return exp10 >= 0 ? (double)v * exact_pow10[exp10] : (double)v / exact_pow10[-exp10];
    }
    return decimal_slow(&mt, exp10);
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Digits with single underscores between them; returns the end, or NULL
 * when an underscore is misplaced.  *count gets the digit count. */
static const char *scan_digits(const char *p, const char *end, int64_t *count)
{
    *count = 0;
    while (p < end) {
        if (is_digit(*p)) {
            (*count)++;
            p++;
        } else if (*p == '_' && *count > 0 && p + 1 < end && is_digit(p[1])) {
            p++;
        } else {
            break;
        }
    }
    return p;
}

static bool match_word(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

bool numfmt_parse_float(const char *s, size_t n, double *out)
{
    const char *p = s, *end = s + n;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+'))
        p++;
    double x;
    if (match_word(p, end, "inf") || match_word(p, end, "infinity")) {
        x = HUGE_VAL;
    } else if (match_word(p, end, "nan")) {
        x = NAN;
    } else {
        const char *mant = p;
        int64_t nint, nfrac = 0, nexp;
        p = scan_digits(p, end, &nint);
        if (p < end && *p == '.')
            p = scan_digits(p + 1, end, &nfrac);
        if (nint + nfrac == 0)
            return false;
        const char *mant_end = p;
        int64_t exp10 = 0;
        if (p < end && (*p == 'e' || *p == 'E')) {
            p++;
            bool eneg = p < end && *p == '-';
            if (p < end && (*p == '-' || *p == '+'))
                p++;
            const char *digits = p;
            p = scan_digits(p, end, &nexp);
            if (nexp == 0)
                return false;
            for (; digits < p; digits++) {
                /* Beyond a million the result is 0 or inf anyway. */
                if (is_digit(*digits) && exp10 < 1000000)
                    exp10 = exp10 * 10 + (*digits - '0');
            }
            if (eneg)
                exp10 = -exp10;
        }
        if (p != end)
            return false;
        x = decimal_to_double(mant, (size_t)(mant_end - mant), exp10 - nfrac);
    }
    *out = neg ? -x : x;
    return true;
}

NumfmtErr numfmt_round(double x, int32_t ndigits, double *out)
{
    /* Past these, every double is already a multiple of 10**-ndigits, or
     * none but zero is below half of it (CPython's NDIGITS_MAX/MIN). */
    if (ndigits > 323 || x == 0 || !isfinite(x)) {
        *out = x;
        return NUMFMT_OK;
    }
    if (ndigits < -308) {
        *out = copysign(0.0, x);
        return NUMFMT_OK;
    }
    /* With ndigits <= 323: under 1, at most 323 digits reach the
     * rounding place; from 1 up, a double has at most 309 integer digits
     * or 16 integer and 52 fraction digits. */
    char buf[330];
    Digits dg = {buf, 0, 0};
    digits_fixed(fabs(x), true, ndigits, (int32_t)sizeof buf, &dg);
    double r = decimal_to_double(dg.d, (size_t)dg.n, (int64_t)dg.decpt - dg.n);
    if (isinf(r))
        return NUMFMT_OVERFLOW;
    *out = copysign(r, x);
    return NUMFMT_OK;
}
