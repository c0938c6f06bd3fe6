/* bigint.c — arbitrary-precision integers (see bigint.h for the contract).
 *
 * Two layers.  The mag_* functions work on bare magnitudes (digit arrays
 * and lengths) in caller-provided storage and never allocate; they are
 * where the arithmetic is.  The bigint_* functions decide the size of a
 * result, allocate it once through the BigAlloc hook, call the magnitude
 * layer and then apply Python's sign rules.  Algorithms are the textbook
 * ones (schoolbook multiplication, Knuth's algorithm D for division,
 * square-and-multiply for powers): the sizes an MCU can hold do not pay
 * for anything cleverer.
 */
#include "bigint.h"

#include <math.h>
#include <string.h>

#define DIGIT_BITS 32
#define DIGIT_MAX UINT32_MAX

/* ---------------------------------------------------------------------
 * Memory
 * ------------------------------------------------------------------- */

size_t bigint_size(int32_t n)
{
    return offsetof(BigInt, d) + (size_t)n * sizeof(BigDigit);
}

/* A result with room for n digits (len = n, positive).  n is int64_t so
 * callers can pass sums of lengths without thinking about overflow. */
static BigInt *new_big(const BigAlloc *al, int64_t n)
{
    if (n < 0 || n > BIGINT_MAX_LEN)
        return NULL;
    BigInt *r = al->alloc(al->ctx, bigint_size((int32_t)n));
    if (r) {
        r->len = (int32_t)n;
        r->neg = false;
    }
    return r;
}

static BigDigit *new_scratch(const BigAlloc *al, int64_t n)
{
    if (n < 1 || n > BIGINT_MAX_LEN)
        return NULL;
    return al->alloc(al->ctx, (size_t)n * sizeof(BigDigit));
}

/* Gives back a scratch block or a BigInt that did not become a result. */
static void release(const BigAlloc *al, void *p)
{
    if (p && al->free)
        al->free(al->ctx, p);
}

static int32_t mag_trim(const BigDigit *d, int32_t n)
{
    while (n > 0 && d[n - 1] == 0)
        n--;
    return n;
}

/* Drops leading zero digits and sets the sign (zero stays positive). */
static BigInt *finish(BigInt *r, bool neg)
{
    r->len = mag_trim(r->d, r->len);
    r->neg = neg && r->len > 0;
    return r;
}

static BigInt *new_copy(const BigAlloc *al, const BigInt *a, bool neg)
{
    BigInt *r = new_big(al, a->len);
    if (r) {
        memcpy(r->d, a->d, (size_t)a->len * sizeof(BigDigit));
        finish(r, neg);
    }
    return r;
}

static BigInt *new_small(const BigAlloc *al, uint32_t v, bool neg)
{
    BigInt *r = new_big(al, 1);
    if (r) {
        r->d[0] = v;
        finish(r, neg);
    }
    return r;
}

/* ---------------------------------------------------------------------
 * Magnitudes
 * ------------------------------------------------------------------- */

static int mag_cmp(const BigDigit *a, int32_t na, const BigDigit *b, int32_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    for (int32_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r = a + b for na >= nb; r has room for na + 1 digits and may alias a. */
static void mag_add(BigDigit *r, const BigDigit *a, int32_t na,
                    const BigDigit *b, int32_t nb)
{
    uint64_t carry = 0;
    int32_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (BigDigit)carry;
        carry >>= DIGIT_BITS;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = (BigDigit)carry;
        carry >>= DIGIT_BITS;
    }
    r[i] = (BigDigit)carry;
}

/* r = a - b for a >= b; r has room for na digits and may alias a or b. */
static void mag_sub(BigDigit *r, const BigDigit *a, int32_t na,
                    const BigDigit *b, int32_t nb)
{
    int64_t t = 0;
    int32_t i = 0;
    for (; i < nb; i++) {
        t = (int64_t)a[i] - b[i] + (t >> DIGIT_BITS);
        r[i] = (BigDigit)t;
    }
    for (; i < na; i++) {
        t = (int64_t)a[i] + (t >> DIGIT_BITS);
        r[i] = (BigDigit)t;
    }
}

/* d += 1 in place; d has room for n + 1 digits. */
static void mag_inc(BigDigit *d, int32_t n)
{
    int32_t i = 0;
    while (i < n && ++d[i] == 0)
        i++;
    if (i == n)
        d[n] = 1;
}

/* r = a * b; r has room for na + nb digits and aliases neither. */
static void mag_mul(BigDigit *r, const BigDigit *a, int32_t na,
                    const BigDigit *b, int32_t nb)
{
    memset(r, 0, (size_t)(na + nb) * sizeof(BigDigit));
    for (int32_t i = 0; i < na; i++) {
        uint64_t ai = a[i], carry = 0;
        if (ai == 0)
            continue;
        for (int32_t j = 0; j < nb; j++) {
            carry += ai * b[j] + r[i + j];
            r[i + j] = (BigDigit)carry;
            carry >>= DIGIT_BITS;
        }
        r[i + nb] = (BigDigit)carry;
    }
}

/* d = d * m + add in place; returns the digit carried out. */
static BigDigit mag_mul1(BigDigit *d, int32_t n, BigDigit m, BigDigit add)
{
    uint64_t carry = add;
    for (int32_t i = 0; i < n; i++) {
        carry += (uint64_t)d[i] * m;
        d[i] = (BigDigit)carry;
        carry >>= DIGIT_BITS;
    }
    return (BigDigit)carry;
}

/* q = a / d, returns a % d.  q may alias a or be NULL. */
static BigDigit mag_divrem1(BigDigit *q, const BigDigit *a, int32_t n, BigDigit d)
{
    uint64_t rem = 0;
    for (int32_t i = n - 1; i >= 0; i--) {
        rem = (rem << DIGIT_BITS) | a[i];
        if (q)
            q[i] = (BigDigit)(rem / d);
        rem %= d;
    }
    return (BigDigit)rem;
}

/* r = a << bits for bits < 32, writing n + 1 digits; r may alias a. */
static void mag_shl(BigDigit *r, const BigDigit *a, int32_t n, int bits)
{
    if (bits == 0) {
        memmove(r, a, (size_t)n * sizeof(BigDigit));
        r[n] = 0;
        return;
    }
    BigDigit carry = 0;
    for (int32_t i = 0; i < n; i++) {
        BigDigit v = a[i];
        r[i] = (v << bits) | carry;
        carry = v >> (DIGIT_BITS - bits);
    }
    r[n] = carry;
}

/* r = a >> bits for bits < 32, writing n digits; r may alias a. */
static void mag_shr(BigDigit *r, const BigDigit *a, int32_t n, int bits)
{
    if (bits == 0) {
        memmove(r, a, (size_t)n * sizeof(BigDigit));
        return;
    }
    for (int32_t i = 0; i < n; i++) {
        BigDigit hi = i + 1 < n ? a[i + 1] << (DIGIT_BITS - bits) : 0;
        r[i] = (a[i] >> bits) | hi;
    }
}

/* u[0..n] -= q * v[0..n-1]; true when that went below zero. */
static bool mag_submul(BigDigit *u, const BigDigit *v, int32_t n, BigDigit q)
{
    uint64_t carry = 0;
    int64_t t = 0;
    for (int32_t i = 0; i < n; i++) {
        carry += (uint64_t)q * v[i];
        t = (int64_t)u[i] - (BigDigit)carry + (t >> DIGIT_BITS);
        u[i] = (BigDigit)t;
        carry >>= DIGIT_BITS;
    }
    t = (int64_t)u[n] - (int64_t)carry + (t >> DIGIT_BITS);
    u[n] = (BigDigit)t;
    return t < 0;
}

/* u[0..n] += v[0..n-1], dropping the final carry (it cancels the borrow
 * that made mag_submul go negative). */
static void mag_addback(BigDigit *u, const BigDigit *v, int32_t n)
{
    uint64_t carry = 0;
    for (int32_t i = 0; i < n; i++) {
        carry += (uint64_t)u[i] + v[i];
        u[i] = (BigDigit)carry;
        carry >>= DIGIT_BITS;
    }
    u[n] += (BigDigit)carry;
}

/* Knuth's algorithm D.  u has nu + 1 digits (u[nu] the extra top one), v
 * has nv >= 2 digits with the top bit of v[nv-1] set.  Leaves the
 * remainder in u[0..nv-1] and the quotient in q[0..nu-nv] unless q is
 * NULL. */
static void mag_divrem_norm(BigDigit *q, BigDigit *u, int32_t nu,
                            const BigDigit *v, int32_t nv)
{
    uint64_t vtop = v[nv - 1], vnext = v[nv - 2];
    for (int32_t j = nu - nv; j >= 0; j--) {
        BigDigit *uj = u + j;
        uint64_t num = ((uint64_t)uj[nv] << DIGIT_BITS) | uj[nv - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        /* The two-digit test makes qhat at most one too large. */
        while (qhat > DIGIT_MAX
               || qhat * vnext > ((rhat << DIGIT_BITS) | uj[nv - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > DIGIT_MAX)
                break;
        }
        if (mag_submul(uj, v, nv, (BigDigit)qhat)) {
            qhat--;
            mag_addback(uj, v, nv);
        }
        if (q)
            q[j] = (BigDigit)qhat;
    }
}

/* Scratch digits mag_divrem needs for na / nb. */
#define DIVREM_WORK(na, nb) ((int64_t)(na) + (nb) + 2)

/* Truncated division of magnitudes, na >= nb >= 1, b[nb-1] != 0.  Writes
 * na - nb + 1 quotient digits to q and nb remainder digits to r, either
 * of which may be NULL; work holds DIVREM_WORK(na, nb) digits (unused
 * when nb == 1). */
static void mag_divrem(BigDigit *q, BigDigit *r, const BigDigit *a, int32_t na,
                       const BigDigit *b, int32_t nb, BigDigit *work)
{
    if (nb == 1) {
        BigDigit rem = mag_divrem1(q, a, na, b[0]);
        if (r)
            r[0] = rem;
        return;
    }
    /* Normalize so the divisor's top bit is set: qhat estimates then
     * need at most two corrections. */
    int s = __builtin_clz(b[nb - 1]);
    BigDigit *u = work, *v = work + na + 1;
    mag_shl(v, b, nb, s);
    mag_shl(u, a, na, s);
    mag_divrem_norm(q, u, na, v, nb);
    if (r)
        mag_shr(r, u, nb, s);
}

static uint64_t mag_bit_length(const BigDigit *d, int32_t n)
{
    if (n == 0)
        return 0;
    return (uint64_t)(n - 1) * DIGIT_BITS + (DIGIT_BITS - __builtin_clz(d[n - 1]));
}

/* Digits of trunc(y) for 0 <= y < 2**1024; t has room for 33 digits. */
static int32_t mag_from_double(BigDigit *t, double y)
{
    if (y < 1)
        return 0;
    int e;
    double m = frexp(y, &e);                 /* y = m * 2**e, m in [0.5, 1) */
    uint64_t f = (uint64_t)ldexp(m, 53);     /* exact: 53 significant bits */
    int32_t n = (e + DIGIT_BITS - 1) / DIGIT_BITS;
    memset(t, 0, (size_t)(n + 1) * sizeof(BigDigit));
    if (e <= 53) {
        f >>= 53 - e;
        t[0] = (BigDigit)f;
        if (n > 1)
            t[1] = (BigDigit)(f >> DIGIT_BITS);
    } else {
        int shift = e - 53, ds = shift / DIGIT_BITS, bs = shift % DIGIT_BITS;
        BigDigit lo[2] = {(BigDigit)f, (BigDigit)(f >> DIGIT_BITS)};
        mag_shl(t + ds, lo, 2, bs);
    }
    return mag_trim(t, n);
}

/* ---------------------------------------------------------------------
 * Conversions
 * ------------------------------------------------------------------- */

static void set_uint64(BigInt *r, uint64_t m, bool neg)
{
    r->d[0] = (BigDigit)m;
    r->d[1] = (BigDigit)(m >> DIGIT_BITS);
    r->len = 2;
    finish(r, neg);
}

static uint64_t abs64(int64_t v)
{
    return v < 0 ? -(uint64_t)v : (uint64_t)v;
}

BigInt *bigint_set_int64(BigInt64 *buf, int64_t v)
{
    set_uint64(&buf->big, abs64(v), v < 0);
    return &buf->big;
}

BigInt *bigint_from_int64(const BigAlloc *al, int64_t v)
{
    BigInt *r = new_big(al, 2);
    if (r)
        set_uint64(r, abs64(v), v < 0);
    return r;
}

BigInt *bigint_from_uint64(const BigAlloc *al, uint64_t v)
{
    BigInt *r = new_big(al, 2);
    if (r)
        set_uint64(r, v, false);
    return r;
}

/* |a| if it fits in 64 bits. */
static bool mag64(const BigInt *a, uint64_t *m)
{
    if (a->len > 2)
        return false;
    *m = a->len == 0 ? 0 : a->d[0];
    if (a->len == 2)
        *m |= (uint64_t)a->d[1] << DIGIT_BITS;
    return true;
}

int64_t bigint_to_int64(const BigInt *a, bool *overflow)
{
    uint64_t m;
    uint64_t limit = a->neg ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1;
    *overflow = !mag64(a, &m) || m > limit;
    if (*overflow)
        return 0;
    return a->neg ? (int64_t)(0 - m) : (int64_t)m;
}

uint64_t bigint_to_uint64(const BigInt *a, bool *overflow)
{
    uint64_t m;
    *overflow = a->neg || !mag64(a, &m);
    return *overflow ? 0 : m;
}

uint64_t bigint_low64(const BigInt *a)
{
    uint64_t m = a->len == 0 ? 0 : a->d[0];
    if (a->len > 1)
        m |= (uint64_t)a->d[1] << DIGIT_BITS;
    return a->neg ? 0 - m : m;
}

bool bigint_fits_int32(const BigInt *a)
{
    if (a->len > 1)
        return false;
    uint32_t m = a->len ? a->d[0] : 0;
    return m <= (a->neg ? (uint32_t)1 << 31 : ((uint32_t)1 << 31) - 1);
}

bool bigint_fits_int64(const BigInt *a)
{
    bool overflow;
    bigint_to_int64(a, &overflow);
    return !overflow;
}

double bigint_to_double(const BigInt *a, bool *overflow)
{
    uint64_t nbits = bigint_bit_length(a);
    double x;
    *overflow = false;
    if (nbits <= 64) {
        uint64_t m = 0;
        mag64(a, &m);
        x = (double)m;              /* the conversion rounds half to even */
    } else {
        /* Keep the top 64 bits and fold every lower bit into bit 0: that
         * bit lies below the rounding position, so the conversion still
         * sees whether the dropped part was zero, half or more. */
        uint64_t shift = nbits - 64;
        int32_t ds = (int32_t)(shift / DIGIT_BITS);
        int bs = (int)(shift % DIGIT_BITS);
        BigDigit top[3] = {a->d[ds], a->d[ds + 1], ds + 2 < a->len ? a->d[ds + 2] : 0};
        mag_shr(top, top, 3, bs);
        uint64_t m = top[0] | (uint64_t)top[1] << DIGIT_BITS;
        bool sticky = (a->d[ds] & (((BigDigit)1 << bs) - 1)) != 0;
        for (int32_t i = 0; i < ds && !sticky; i++)
            sticky = a->d[i] != 0;
        x = ldexp((double)(m | sticky), (int)shift);
        *overflow = nbits > 1024 || isinf(x);
    }
    return a->neg ? -x : x;
}

BigInt *bigint_from_double(const BigAlloc *al, double x)
{
    BigDigit t[34];
    int32_t n = mag_from_double(t, fabs(x));
    BigInt *r = new_big(al, n);
    if (r) {
        memcpy(r->d, t, (size_t)n * sizeof(BigDigit));
        finish(r, x < 0);
    }
    return r;
}

/* Reads a magnitude as infinite two's complement, one digit at a time,
 * negating on the fly (~d + 1, the +1 carried up while digits are 0). */
typedef struct Twos {
    const BigDigit *d;
    int32_t len;
    bool neg;
    BigDigit carry;
} Twos;

static Twos twos_of(const BigInt *a)
{
    return (Twos){a->d, a->len, a->neg, 1};
}

static BigDigit twos_next(Twos *t, int32_t i)
{
    BigDigit v = i < t->len ? t->d[i] : 0;
    if (!t->neg)
        return v;
    v = ~v + t->carry;
    t->carry = t->carry && v == 0;
    return v;
}

BigInt *bigint_from_bytes(const BigAlloc *al, const uint8_t *p, size_t n,
                          bool little, bool is_signed)
{
    BigInt *r = new_big(al, (int64_t)(n / 4) + 1);
    if (!r)
        return NULL;
    memset(r->d, 0, (size_t)r->len * sizeof(BigDigit));
    for (size_t i = 0; i < n; i++) {
        uint8_t byte = little ? p[i] : p[n - 1 - i];
        r->d[i / 4] |= (BigDigit)byte << (8 * (i % 4));
    }
    bool neg = is_signed && n > 0 && (little ? p[n - 1] : p[0]) & 0x80;
    if (neg) {
        /* value = bytes - 2**(8n): negate the n-byte two's complement. */
        Twos t = {r->d, r->len, true, 1};
        for (int32_t i = 0; i < r->len; i++)
            r->d[i] = twos_next(&t, i);
        size_t top = n % 4;
        if (top)
            r->d[n / 4] &= ((BigDigit)1 << (8 * top)) - 1;
        else
            r->d[n / 4] = 0;
    }
    return finish(r, neg);
}

bool bigint_to_bytes(const BigInt *a, uint8_t *p, size_t n, bool little,
                     bool is_signed)
{
    uint64_t bits = bigint_bit_length(a), room = (uint64_t)n * 8;
    if (a->neg) {
        /* -2**(8n-1) is the one negative of bit length 8n that fits; and
         * CPython lets -1 through as zero bytes. */
        bool pow2 = mag_trim(a->d, a->len - 1) == 0
                    && (a->d[a->len - 1] & (a->d[a->len - 1] - 1)) == 0;
        if (!is_signed || bits > room + (n == 0) || (bits == room && !pow2))
            return false;
    } else if (bits > room - (is_signed && room > 0)) {
        return false;
    }
    Twos t = twos_of(a);
    BigDigit v = 0;
    for (size_t i = 0; i < n; i++) {
        if (i % 4 == 0)
            v = twos_next(&t, (int32_t)(i / 4));
        p[little ? i : n - 1 - i] = (uint8_t)(v >> (8 * (i % 4)));
    }
    return true;
}

/* ---------------------------------------------------------------------
 * Arithmetic
 * ------------------------------------------------------------------- */

/* a + b where b's sign is taken as bneg (so subtraction is one call). */
static BigInt *add_signed(const BigAlloc *al, const BigInt *a, const BigInt *b,
                          bool bneg)
{
    bool aneg = a->neg;
    if (mag_cmp(a->d, a->len, b->d, b->len) < 0) {
        const BigInt *t = a;
        a = b;
        b = t;
        bool tn = aneg;
        aneg = bneg;
        bneg = tn;
    }
    /* Now |a| >= |b|; the result has a's sign. */
    BigInt *r = new_big(al, (int64_t)a->len + 1);
    if (!r)
        return NULL;
    if (aneg == bneg)
        mag_add(r->d, a->d, a->len, b->d, b->len);
    else {
        mag_sub(r->d, a->d, a->len, b->d, b->len);
        r->d[a->len] = 0;
    }
    return finish(r, aneg);
}

BigInt *bigint_add(const BigAlloc *al, const BigInt *a, const BigInt *b)
{
    return add_signed(al, a, b, b->neg);
}

BigInt *bigint_sub(const BigAlloc *al, const BigInt *a, const BigInt *b)
{
    return add_signed(al, a, b, !b->neg && b->len > 0);
}

BigInt *bigint_mul(const BigAlloc *al, const BigInt *a, const BigInt *b)
{
    if (a->len == 0 || b->len == 0)
        return new_big(al, 0);
    BigInt *r = new_big(al, (int64_t)a->len + b->len);
    if (!r)
        return NULL;
    mag_mul(r->d, a->d, a->len, b->d, b->len);
    return finish(r, a->neg != b->neg);
}

/* Truncated division of magnitudes into q (room for na - nb + 1 digits, or
 * one when na < nb) and r (room for nb digits), either may be NULL.
 * false when the scratch block cannot be had. */
static bool mag_divmod(const BigAlloc *al, BigDigit *q, BigDigit *r,
                       const BigDigit *a, int32_t na, const BigDigit *b, int32_t nb)
{
    if (na < nb) {
        if (q)
            q[0] = 0;
        if (r) {
            memcpy(r, a, (size_t)na * sizeof(BigDigit));
            memset(r + na, 0, (size_t)(nb - na) * sizeof(BigDigit));
        }
        return true;
    }
    BigDigit *work = NULL;
    if (nb > 1 && !(work = new_scratch(al, DIVREM_WORK(na, nb))))
        return false;
    mag_divrem(q, r, a, na, b, nb, work);
    release(al, work);
    return true;
}

/* Python's floor division: the truncated quotient and remainder, then, if
 * the signs differ and the remainder is not zero, q -= 1 and r += b. */
bool bigint_divmod(const BigAlloc *al, const BigInt *a, const BigInt *b,
                   BigInt **qp, BigInt **rp)
{
    int32_t na = a->len, nb = b->len;
    int32_t nq = na >= nb ? na - nb + 1 : 1;
    BigInt *q = new_big(al, (int64_t)nq + 1);
    BigInt *r = q ? new_big(al, nb) : NULL;
    if (!r || !mag_divmod(al, q->d, r->d, a->d, na, b->d, nb)) {
        release(al, r);
        release(al, q);
        *qp = *rp = NULL;
        return false;
    }
    q->d[nq] = 0;
    q->len = nq;
    bool differ = a->neg != b->neg;
    if (differ && mag_trim(r->d, nb) > 0) {
        mag_inc(q->d, nq);
        q->len = nq + 1;
        mag_sub(r->d, b->d, nb, r->d, nb);
    }
    *qp = finish(q, differ);
    *rp = finish(r, b->neg);
    return true;
}

BigInt *bigint_floordiv(const BigAlloc *al, const BigInt *a, const BigInt *b)
{
    BigInt *q, *r;
    if (!bigint_divmod(al, a, b, &q, &r))
        return NULL;
    release(al, r);
    return q;
}

BigInt *bigint_mod(const BigAlloc *al, const BigInt *a, const BigInt *b)
{
    BigInt *q, *r;
    if (!bigint_divmod(al, a, b, &q, &r))
        return NULL;
    release(al, q);
    return r;
}

/* Rounds q * 2**scale to a double, half to even, where q has 55 or 56
 * significant bits and sticky says whether anything non-zero was cut off
 * below q.  Rounds once, at the precision the result really has
 * (fewer than 53 bits for subnormals), so there is no double rounding. */
static double round_scaled(uint64_t q, bool sticky, int64_t scale)
{
    int bits = 64 - __builtin_clzll(q);
    int64_t e = bits - 1 + scale;           /* value in [2**e, 2**(e+1)) */
    int64_t keep = e >= -1022 ? 53 : e + 1075;
    if (keep < 0)
        return 0.0;                         /* below half the least subnormal */
    int drop = bits - (int)keep;            /* 2 <= drop <= 56 */
    uint64_t m = drop < 64 ? q >> drop : 0;
    uint64_t rest = q - (m << drop), half = (uint64_t)1 << (drop - 1);
    if (rest > half || (rest == half && (sticky || (m & 1))))
        m++;
    return ldexp((double)m, (int)(scale + drop));
}

BigStatus bigint_truediv(const BigAlloc *al, const BigInt *a, const BigInt *b,
                         double *out)
{
    bool neg = a->neg != b->neg;
    uint64_t na = bigint_bit_length(a), nb = bigint_bit_length(b);
    if ((na <= 53 && nb <= 53) || na == 0) {
        /* Both exact as doubles: IEEE division rounds correctly. */
        uint64_t x = 0, y = 0;
        mag64(a, &x);
        mag64(b, &y);
        double r = (double)x / (double)y;
        *out = neg ? -r : r;
        return BIG_OK;
    }
    /* q = |a| * 2**s / |b| with s chosen so that q has 55 or 56 bits. */
    int64_t s = 55 - ((int64_t)na - (int64_t)nb);
    int64_t ashift = s > 0 ? s : 0, bshift = s < 0 ? -s : 0;
    int64_t la = a->len + ashift / DIGIT_BITS + 1, lb = b->len + bshift / DIGIT_BITS + 1;
    BigDigit *work = new_scratch(al, la + lb + 3 + la);
    if (!work)
        return BIG_NOMEM;
    BigDigit *u = work, *v = u + la, *q = v + lb, *r = q + 3;
    memset(u, 0, (size_t)(la + lb) * sizeof(BigDigit));
    mag_shl(u + ashift / DIGIT_BITS, a->d, a->len, (int)(ashift % DIGIT_BITS));
    mag_shl(v + bshift / DIGIT_BITS, b->d, b->len, (int)(bshift % DIGIT_BITS));
    int32_t nu = mag_trim(u, (int32_t)la), nv = mag_trim(v, (int32_t)lb);
    memset(q, 0, 3 * sizeof(BigDigit));
    bool ok = mag_divmod(al, q, r, u, nu, v, nv);
    bool sticky = ok && mag_trim(r, nv) > 0;
    uint64_t qq = q[0] | (uint64_t)q[1] << DIGIT_BITS;
    release(al, work);
    if (!ok)
        return BIG_NOMEM;
    double x = round_scaled(qq, sticky, -s);
    if (isinf(x))
        return BIG_OVERFLOW;
    *out = neg ? -x : x;
    return BIG_OK;
}

BigInt *bigint_neg(const BigAlloc *al, const BigInt *a)
{
    return new_copy(al, a, !a->neg);
}

BigInt *bigint_abs(const BigAlloc *al, const BigInt *a)
{
    return new_copy(al, a, false);
}

static bool bit_set(const BigInt *e, uint64_t i)
{
    return (e->d[i / DIGIT_BITS] >> (i % DIGIT_BITS)) & 1;
}

BigInt *bigint_pow(const BigAlloc *al, const BigInt *a, const BigInt *e)
{
    if (e->len == 0)
        return new_small(al, 1, false);
    bool odd = e->d[0] & 1;
    if (a->len == 0 || (a->len == 1 && a->d[0] == 1))
        return new_copy(al, a, a->neg && odd);
    uint64_t ebits = bigint_bit_length(e);
    if (ebits > 32)
        return NULL;                        /* no memory holds 2**(2**32) */
    uint64_t bits = bigint_bit_length(a) * (uint64_t)e->d[0];
    if (bits / DIGIT_BITS > (uint64_t)BIGINT_MAX_LEN)
        return NULL;
    /* Every intermediate product fits in bits/32 + 2 digits, untrimmed. */
    int32_t cap = (int32_t)(bits / DIGIT_BITS) + 2;
    BigInt *r = new_big(al, cap);
    BigDigit *tmp = r ? new_scratch(al, cap) : NULL;
    if (!tmp) {
        release(al, r);
        return NULL;
    }
    BigDigit *acc = r->d;
    int32_t n = a->len;
    memcpy(acc, a->d, (size_t)n * sizeof(BigDigit));
    for (uint64_t i = ebits - 1; i-- > 0;) {
        mag_mul(tmp, acc, n, acc, n);
        n = mag_trim(tmp, 2 * n);
        BigDigit *t = acc;
        acc = tmp;
        tmp = t;
        if (bit_set(e, i)) {
            mag_mul(tmp, acc, n, a->d, a->len);
            n = mag_trim(tmp, n + a->len);
            t = acc;
            acc = tmp;
            tmp = t;
        }
    }
    if (acc != r->d) {
        memcpy(r->d, acc, (size_t)n * sizeof(BigDigit));
        tmp = acc;
    }
    release(al, tmp);
    r->len = n;
    return finish(r, a->neg && odd);
}

/* Modular exponentiation state: all magnitudes below m except the
 * product, which the reduction brings back under m. */
typedef struct PowMod {
    const BigDigit *m;
    int32_t nm;
    BigDigit *prod;     /* 2 * nm digits */
    BigDigit *work;     /* DIVREM_WORK(2 * nm, nm) digits */
} PowMod;

/* acc = acc * x mod m, where acc has nacc digits; returns the new length. */
static int32_t powmod_step(PowMod *pm, BigDigit *acc, int32_t nacc,
                           const BigDigit *x, int32_t nx)
{
    if (nacc == 0 || nx == 0)
        return 0;
    mag_mul(pm->prod, acc, nacc, x, nx);
    int32_t np = mag_trim(pm->prod, nacc + nx);
    if (np < pm->nm) {
        memcpy(acc, pm->prod, (size_t)np * sizeof(BigDigit));
        return np;
    }
    mag_divrem(NULL, acc, pm->prod, np, pm->m, pm->nm, pm->work);
    return mag_trim(acc, pm->nm);
}

/* The inverse of a modulo m (m > 0) by the extended Euclidean algorithm,
 * carried out with the signed operations above. */
static BigInt *modinv(const BigAlloc *al, const BigInt *a, const BigInt *m,
                      BigStatus *st)
{
    BigInt *old_r = bigint_mod(al, a, m), *r = bigint_abs(al, m);
    BigInt *old_s = new_small(al, 1, false), *s = new_big(al, 0);
    BigInt *q = NULL, *t = NULL, *qs = NULL, *result = NULL;
    *st = BIG_NOMEM;
    if (!old_r || !r || !old_s || !s)
        goto done;
    while (r->len > 0) {
        if (!bigint_divmod(al, old_r, r, &q, &t))
            goto done;
        release(al, old_r);
        old_r = r;
        r = t;
        qs = bigint_mul(al, q, s);
        release(al, q);
        q = NULL;
        if (!qs || !(t = bigint_sub(al, old_s, qs)))
            goto done;
        release(al, qs);
        qs = NULL;
        release(al, old_s);
        old_s = s;
        s = t;
    }
    if (old_r->len != 1 || old_r->d[0] != 1) {
        *st = BIG_NOT_INVERTIBLE;
        goto done;
    }
    if ((result = bigint_mod(al, old_s, m)))
        *st = BIG_OK;
done:
    release(al, qs);
    release(al, q);
    release(al, s);
    release(al, old_s);
    release(al, r);
    release(al, old_r);
    return result;
}

BigInt *bigint_powmod(const BigAlloc *al, const BigInt *a, const BigInt *e,
                      const BigInt *m, BigStatus *st)
{
    int32_t nm = m->len;
    *st = BIG_NOMEM;
    if (nm == 1 && m->d[0] == 1) {
        BigInt *zero = new_big(al, 0);
        if (zero)
            *st = BIG_OK;
        return zero;
    }
    /* Work modulo |m| with a base in [0, |m|); m's sign is applied last. */
    BigInt *mabs = new_copy(al, m, false);
    BigInt *base = !mabs ? NULL
                   : e->neg ? modinv(al, a, mabs, st)
                            : bigint_mod(al, a, mabs);
    BigInt *r = base ? new_big(al, nm) : NULL;
    BigDigit *scratch = r ? new_scratch(al, 2 * (int64_t)nm + DIVREM_WORK(2 * nm, nm))
                          : NULL;
    if (scratch) {
        PowMod pm = {mabs->d, nm, scratch, scratch + 2 * nm};
        int32_t n = 1;
        r->d[0] = 1;
        for (uint64_t i = bigint_bit_length(e); i-- > 0;) {
            n = powmod_step(&pm, r->d, n, r->d, n);
            if (bit_set(e, i))
                n = powmod_step(&pm, r->d, n, base->d, base->len);
        }
        r->len = n;
        if (m->neg && n > 0) {
            mag_sub(r->d, mabs->d, nm, r->d, n);
            r->len = nm;
        }
        finish(r, m->neg);
        *st = BIG_OK;
    } else {
        if (*st != BIG_NOT_INVERTIBLE)
            *st = BIG_NOMEM;
        release(al, r);
        r = NULL;
    }
    release(al, scratch);
    release(al, base);
    release(al, mabs);
    return r;
}

BigInt *bigint_gcd(const BigAlloc *al, const BigInt *a, const BigInt *b)
{
    BigInt *x = bigint_abs(al, a), *y = bigint_abs(al, b);
    while (x && y && y->len > 0) {
        BigInt *t = bigint_mod(al, x, y);
        release(al, x);
        x = y;
        y = t;
    }
    if (!x || !y) {
        release(al, x);
        release(al, y);
        return NULL;
    }
    release(al, y);
    return x;
}

/* ---------------------------------------------------------------------
 * Comparison
 * ------------------------------------------------------------------- */

static int sign_of(const BigInt *a)
{
    return a->len == 0 ? 0 : a->neg ? -1 : 1;
}

int bigint_cmp(const BigInt *a, const BigInt *b)
{
    int sa = sign_of(a), sb = sign_of(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    int c = mag_cmp(a->d, a->len, b->d, b->len);
    return sa < 0 ? -c : c;
}

int bigint_cmp_double(const BigInt *a, double x)
{
    int sa = sign_of(a), sx = x > 0 ? 1 : x < 0 ? -1 : 0;
    if (sa != sx)
        return sa < sx ? -1 : 1;
    if (sa == 0)
        return 0;
    if (isinf(x))
        return -sx;
    double y = fabs(x);
    int c;
    if (bigint_bit_length(a) > 1024) {
        c = 1;
    } else {
        BigDigit t[34];
        double whole = floor(y);
        c = mag_cmp(a->d, a->len, t, mag_from_double(t, whole));
        if (c == 0 && y > whole)
            c = -1;
    }
    return sa < 0 ? -c : c;
}

/* ---------------------------------------------------------------------
 * Bits
 * ------------------------------------------------------------------- */

typedef enum BitOp { OP_AND, OP_OR, OP_XOR } BitOp;

static BigDigit apply(BitOp op, BigDigit x, BigDigit y)
{
    return op == OP_AND ? x & y : op == OP_OR ? x | y : x ^ y;
}

/* One digit more than the longer operand holds both sign extensions, so
 * the result's two's complement fits and can be negated back. */
static BigInt *bitop(const BigAlloc *al, const BigInt *a, const BigInt *b, BitOp op)
{
    int32_t n = (a->len > b->len ? a->len : b->len) + 1;
    BigInt *r = new_big(al, n);
    if (!r)
        return NULL;
    Twos ta = twos_of(a), tb = twos_of(b);
    for (int32_t i = 0; i < n; i++)
        r->d[i] = apply(op, twos_next(&ta, i), twos_next(&tb, i));
    bool neg = apply(op, a->neg, b->neg) & 1;
    if (neg) {
        Twos tr = {r->d, n, true, 1};
        for (int32_t i = 0; i < n; i++)
            r->d[i] = twos_next(&tr, i);
    }
    return finish(r, neg);
}

BigInt *bigint_and(const BigAlloc *al, const BigInt *a, const BigInt *b)
{
    return bitop(al, a, b, OP_AND);
}

BigInt *bigint_or(const BigAlloc *al, const BigInt *a, const BigInt *b)
{
    return bitop(al, a, b, OP_OR);
}

BigInt *bigint_xor(const BigAlloc *al, const BigInt *a, const BigInt *b)
{
    return bitop(al, a, b, OP_XOR);
}

/* ~a = -(a + 1): |a| + 1 negative for a >= 0, |a| - 1 for a < 0. */
BigInt *bigint_not(const BigAlloc *al, const BigInt *a)
{
    BigInt *r = new_big(al, (int64_t)a->len + 1);
    if (!r)
        return NULL;
    memcpy(r->d, a->d, (size_t)a->len * sizeof(BigDigit));
    r->d[a->len] = 0;
    if (a->neg) {
        BigDigit one = 1;
        mag_sub(r->d, r->d, a->len, &one, 1);
    } else {
        mag_inc(r->d, a->len);
    }
    return finish(r, !a->neg);
}

BigInt *bigint_lshift(const BigAlloc *al, const BigInt *a, uint32_t n)
{
    if (a->len == 0)
        return new_big(al, 0);
    int32_t ds = (int32_t)(n / DIGIT_BITS);
    BigInt *r = new_big(al, (int64_t)a->len + ds + 1);
    if (!r)
        return NULL;
    memset(r->d, 0, (size_t)ds * sizeof(BigDigit));
    mag_shl(r->d + ds, a->d, a->len, (int)(n % DIGIT_BITS));
    return finish(r, a->neg);
}

BigInt *bigint_rshift(const BigAlloc *al, const BigInt *a, uint32_t n)
{
    int32_t ds = (int32_t)(n / DIGIT_BITS);
    int bs = (int)(n % DIGIT_BITS);
    if (n / DIGIT_BITS >= (uint32_t)a->len)
        return new_small(al, a->neg, a->neg);
    int32_t len = a->len - ds;
    BigInt *r = new_big(al, (int64_t)len + 1);
    if (!r)
        return NULL;
    mag_shr(r->d, a->d + ds, len, bs);
    r->d[len] = 0;
    if (a->neg) {
        /* Floor: a negative value that lost non-zero bits moves down. */
        bool lost = (a->d[ds] & (((BigDigit)1 << bs) - 1)) != 0;
        for (int32_t i = 0; i < ds && !lost; i++)
            lost = a->d[i] != 0;
        if (lost)
            mag_inc(r->d, len);
    }
    return finish(r, a->neg);
}

uint64_t bigint_bit_length(const BigInt *a)
{
    return mag_bit_length(a->d, a->len);
}

/* ---------------------------------------------------------------------
 * Text
 * ------------------------------------------------------------------- */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;                              /* ASCII lower case */
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    return 99;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int floor_log2(int base)
{
    return 31 - __builtin_clz((unsigned)base);
}

static bool is_pow2(int base)
{
    return (base & (base - 1)) == 0;
}

/* The most base-b digits that fit in one BigDigit, and b to that power. */
static int chunk_digits(int base, BigDigit *power)
{
    uint64_t p = (uint64_t)base;
    int k = 1;
    while (p * (uint64_t)base <= DIGIT_MAX) {
        p *= (uint64_t)base;
        k++;
    }
    *power = (BigDigit)p;
    return k;
}

/* Checks the digits-and-underscores part; returns the digit count or -1. */
static int64_t count_digits(const char *p, const char *end, int base, bool prefixed)
{
    int64_t n = 0;
    bool underscore_ok = prefixed, need_digit = true;
    for (; p < end; p++) {
        if (*p == '_') {
            if (!underscore_ok)
                return -1;
            underscore_ok = false;
            need_digit = true;
        } else if (digit_value(*p) < base) {
            n++;
            underscore_ok = true;
            need_digit = false;
        } else {
            return -1;
        }
    }
    return need_digit ? -1 : n;
}

/* Power-of-two bases: pack bits from the least significant digit up. */
static void parse_pow2(BigInt *r, const char *p, const char *end, int base)
{
    int k = floor_log2(base);
    uint64_t pos = 0;
    memset(r->d, 0, (size_t)r->len * sizeof(BigDigit));
    for (const char *c = end; c-- > p;) {
        if (*c == '_')
            continue;
        uint64_t v = (uint64_t)digit_value(*c) << (pos % DIGIT_BITS);
        r->d[pos / DIGIT_BITS] |= (BigDigit)v;
        if (v >> DIGIT_BITS)
            r->d[pos / DIGIT_BITS + 1] |= (BigDigit)(v >> DIGIT_BITS);
        pos += (uint64_t)k;
    }
}

/* Other bases: r = r * base**k + chunk, k digits at a time from the top. */
static void parse_chunks(BigInt *r, const char *p, const char *end, int base,
                         int64_t ndigits)
{
    BigDigit power;
    int k = chunk_digits(base, &power);
    int first = (int)(ndigits % k);
    int32_t n = 0;
    BigDigit chunk = 0;
    int have = 0, want = first ? first : k;
    for (; p < end; p++) {
        if (*p == '_')
            continue;
        chunk = chunk * (BigDigit)base + (BigDigit)digit_value(*p);
        if (++have == want) {
            BigDigit carry = mag_mul1(r->d, n, power, chunk);
            if (carry)
                r->d[n++] = carry;
            chunk = 0;
            have = 0;
            want = k;
        }
    }
    r->len = n;
}

BigInt *bigint_parse(const BigAlloc *al, const char *s, size_t n, int base,
                     BigStatus *st)
{
    const char *p = s, *end = s + n;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+'))
        p++;
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = p[1] | 0x20;
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool base0 = base == 0;
    if (base0)
        base = 10;
    *st = BIG_SYNTAX;
    int64_t nd = count_digits(p, end, base, prefixed);
    if (nd < 0)
        return NULL;
    if (base0 && !prefixed && *p == '0') {
        /* Base 0 refuses leading zeros ("010") except in zero itself. */
        for (const char *c = p; c < end; c++)
            if (*c != '0' && *c != '_')
                return NULL;
    }
    *st = BIG_NOMEM;
    BigDigit power;
    int64_t len = is_pow2(base)
                      ? (nd * floor_log2(base)) / DIGIT_BITS + 1
                      : nd / chunk_digits(base, &power) + 2;
    BigInt *r = new_big(al, len);
    if (!r)
        return NULL;
    if (is_pow2(base))
        parse_pow2(r, p, end, base);
    else
        parse_chunks(r, p, end, base, nd);
    *st = BIG_OK;
    return finish(r, neg);
}

size_t bigint_str_size(const BigInt *a, int base)
{
    return (size_t)(bigint_bit_length(a) / (uint64_t)floor_log2(base)) + 3;
}

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Writes the digits of a power-of-two base, most significant first. */
static size_t str_pow2(const BigInt *a, int base, char *out)
{
    int k = floor_log2(base);
    uint64_t bits = bigint_bit_length(a);
    uint64_t nd = bits ? (bits + (uint64_t)k - 1) / (uint64_t)k : 1;
    for (uint64_t i = 0; i < nd; i++) {
        uint64_t pos = (nd - 1 - i) * (uint64_t)k;
        int32_t w = (int32_t)(pos / DIGIT_BITS);
        int off = (int)(pos % DIGIT_BITS);
        uint64_t v = w < a->len ? a->d[w] >> off : 0;
        if (off + k > DIGIT_BITS && w + 1 < a->len)
            v |= (uint64_t)a->d[w + 1] << (DIGIT_BITS - off);
        out[i] = digit_chars[v & (uint64_t)(base - 1)];
    }
    return (size_t)nd;
}

/* Other bases: divide a copy by base**k repeatedly, k digits per pass,
 * filling out from its end; then move the digits to the front. */
static size_t str_chunks(const BigAlloc *al, const BigInt *a, int base,
                         char *out, size_t room)
{
    if (a->len == 0) {
        out[0] = '0';
        return 1;
    }
    BigDigit *t = new_scratch(al, a->len);
    if (!t)
        return 0;
    memcpy(t, a->d, (size_t)a->len * sizeof(BigDigit));
    BigDigit power;
    int k = chunk_digits(base, &power);
    int32_t n = a->len;
    char *p = out + room;
    while (n > 0) {
        BigDigit rem = mag_divrem1(t, t, n, power);
        n = mag_trim(t, n);
        for (int i = 0; i < k && (n > 0 || rem); i++) {
            *--p = digit_chars[rem % (BigDigit)base];
            rem /= (BigDigit)base;
        }
    }
    release(al, t);
    size_t len = (size_t)(out + room - p);
    memmove(out, p, len);
    return len;
}

size_t bigint_to_str(const BigAlloc *al, const BigInt *a, int base, char *buf)
{
    size_t room = bigint_str_size(a, base) - 2;   /* without sign and NUL */
    char *out = buf + a->neg;
    size_t n = is_pow2(base) ? str_pow2(a, base, out)
                             : str_chunks(al, a, base, out, room);
    if (n == 0)
        return 0;
    if (a->neg)
        buf[0] = '-';
    n += a->neg;
    buf[n] = '\0';
    return n;
}

/* ---------------------------------------------------------------------
 * Hashing
 * ------------------------------------------------------------------- */

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

/* x * 2**k mod 2**61 - 1 for x < 2**61, k < 61: since 2**61 = 1 there,
 * multiplying by a power of two rotates the 61-bit word. */
static uint64_t hash_rotate(uint64_t x, int k)
{
    if (k == 0)
        return x;
    return ((x << k) & HASH_MOD) | (x >> (HASH_BITS - k));
}

static int64_t hash_signed(uint64_t h, bool neg)
{
    int64_t v = neg ? -(int64_t)h : (int64_t)h;
    return v == -1 ? -2 : v;               /* -1 means "error" to CPython */
}

int64_t bigint_hash(const BigInt *a)
{
    uint64_t h = 0;
    for (int32_t i = a->len - 1; i >= 0; i--) {
        h = hash_rotate(h, DIGIT_BITS) + a->d[i];
        if (h >= HASH_MOD)
            h -= HASH_MOD;
    }
    return hash_signed(h, a->neg);
}

int64_t bigint_hash_double(double x)
{
    if (isinf(x))
        return x > 0 ? 314159 : -314159;
    if (isnan(x) || x == 0)
        return 0;
    int e;
    double m = frexp(fabs(x), &e);
    uint64_t f = (uint64_t)ldexp(m, 53);    /* |x| = f * 2**(e - 53) */
    int k = (e - 53) % HASH_BITS;
    if (k < 0)
        k += HASH_BITS;
    return hash_signed(hash_rotate(f, k), x < 0);
}
