/* bigint.h — arbitrary-precision integers, independent of the object model.
 *
 * irqpy keeps small ints tagged in a value word; this library holds the
 * rest.  A BigInt is sign + magnitude, the magnitude a little-endian array
 * of 32-bit digits (products use uint64_t, one UMULL on Cortex-M33; the
 * quotient estimate of long division is a 64/32 division, a libgcc call
 * there).  Results are always normalized: no leading zero digit, zero has
 * len 0 and is never negative.
 *
 * Memory: every operation that creates a result takes a BigAlloc and
 * returns NULL when it fails (the caller raises MemoryError).  Results are
 * single blocks of bigint_size(len) bytes from al->alloc.  Scratch blocks
 * (division, pow, base conversion) come from the same hook and go back
 * through al->free when there is one; without it they are left to the GC.
 * While an operation runs, its results so far are held only in C locals
 * (the pointers al->alloc returned), so a collection triggered by a later
 * allocation must find them by the conservative stack scan.
 *
 * Operands are never modified and may be the same object.  Preconditions
 * (a divisor or modulus is non-zero, an exponent is non-negative) are the
 * caller's to check, because the caller raises the Python exception.
 */
#ifndef IRQPY_BIGINT_H
#define IRQPY_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t BigDigit;

typedef struct BigInt {
    int32_t len;    /* digits in use; 0 for zero */
    bool neg;       /* sign; never true for zero */
    BigDigit d[];   /* magnitude, least significant digit first */
} BigInt;

typedef struct BigAlloc {
    void *(*alloc)(void *ctx, size_t nbytes);  /* NULL when out of memory */
    void (*free)(void *ctx, void *p);          /* may be NULL */
    void *ctx;
} BigAlloc;

/* Outcome of the operations that can fail in more than one way. */
typedef enum BigStatus {
    BIG_OK = 0,
    BIG_NOMEM,      /* MemoryError */
    BIG_SYNTAX,     /* ValueError: invalid literal for int() */
    BIG_OVERFLOW,   /* OverflowError (result does not fit a double) */
    BIG_NOT_INVERTIBLE, /* ValueError: base is not invertible for the given modulus */
} BigStatus;

/* A BigInt with room for 64 bits, for turning a small int into an operand
 * without allocating: BigInt *b = bigint_set_int64(&tmp, v). */
typedef union BigInt64 {
    BigInt big;
    uint32_t room[(sizeof(BigInt) + 2 * sizeof(BigDigit) + 3) / 4];
} BigInt64;

/* Largest digit count; keeps every size computation inside int32_t and
 * a 32-bit size_t. */
#define BIGINT_MAX_LEN ((int32_t)(INT32_MAX / 2 - 4))

/* Bytes of a BigInt with n digits. */
size_t bigint_size(int32_t n);

/* ---- conversions ---- */
BigInt *bigint_set_int64(BigInt64 *buf, int64_t v);
BigInt *bigint_from_int64(const BigAlloc *al, int64_t v);
BigInt *bigint_from_uint64(const BigAlloc *al, uint64_t v);
/* *overflow is set when a does not fit (the value returned is then 0). */
int64_t bigint_to_int64(const BigInt *a, bool *overflow);
uint64_t bigint_to_uint64(const BigInt *a, bool *overflow); /* a < 0 overflows */
/* The low 64 bits of a's two's complement (a & 0xFFFF_FFFF_FFFF_FFFF). */
uint64_t bigint_low64(const BigInt *a);
bool bigint_fits_int32(const BigInt *a);
bool bigint_fits_int64(const BigInt *a);
/* Correctly rounded (half to even); *overflow set when |a| >= 2**1024
 * after rounding: "int too large to convert to float". */
double bigint_to_double(const BigInt *a, bool *overflow);
/* x must be finite; the fraction is dropped (rounds toward zero). */
BigInt *bigint_from_double(const BigAlloc *al, double x);
/* int.from_bytes / int.to_bytes.  to_bytes returns false when a does not
 * fit in n bytes ("int too big to convert"), or a < 0 and !is_signed
 * ("can't convert negative int to unsigned"; test bigint_is_neg first). */
BigInt *bigint_from_bytes(const BigAlloc *al, const uint8_t *p, size_t n,
                          bool little, bool is_signed);
bool bigint_to_bytes(const BigInt *a, uint8_t *p, size_t n, bool little,
                     bool is_signed);

/* ---- arithmetic ---- */
BigInt *bigint_add(const BigAlloc *al, const BigInt *a, const BigInt *b);
BigInt *bigint_sub(const BigAlloc *al, const BigInt *a, const BigInt *b);
BigInt *bigint_mul(const BigAlloc *al, const BigInt *a, const BigInt *b);
/* Python floor division and modulo; b != 0.  The modulo has b's sign. */
BigInt *bigint_floordiv(const BigAlloc *al, const BigInt *a, const BigInt *b);
BigInt *bigint_mod(const BigAlloc *al, const BigInt *a, const BigInt *b);
/* Both results or neither: false (and *q, *r NULL) when memory runs out. */
bool bigint_divmod(const BigAlloc *al, const BigInt *a, const BigInt *b,
                   BigInt **q, BigInt **r);
/* a / b as a correctly rounded double; b != 0.  BIG_OVERFLOW: "integer
 * division result too large for a float". */
BigStatus bigint_truediv(const BigAlloc *al, const BigInt *a, const BigInt *b,
                         double *out);
BigInt *bigint_neg(const BigAlloc *al, const BigInt *a);
BigInt *bigint_abs(const BigAlloc *al, const BigInt *a);
/* a ** e for e >= 0.  NULL also when the result could not fit in memory. */
BigInt *bigint_pow(const BigAlloc *al, const BigInt *a, const BigInt *e);
/* pow(a, e, m) for m != 0, result with m's sign as in Python.  A negative
 * e uses the inverse of a modulo m: BIG_NOT_INVERTIBLE when there is none. */
BigInt *bigint_powmod(const BigAlloc *al, const BigInt *a, const BigInt *e,
                      const BigInt *m, BigStatus *st);
/* gcd(a, b) >= 0, as math.gcd. */
BigInt *bigint_gcd(const BigAlloc *al, const BigInt *a, const BigInt *b);

/* ---- comparison ---- */
int bigint_cmp(const BigInt *a, const BigInt *b);      /* -1, 0 or 1 */
/* Exact comparison with a double that is not a NaN (may be infinite). */
int bigint_cmp_double(const BigInt *a, double x);

/* ---- bits: Python semantics, negatives as infinite two's complement ---- */
BigInt *bigint_and(const BigAlloc *al, const BigInt *a, const BigInt *b);
BigInt *bigint_or(const BigAlloc *al, const BigInt *a, const BigInt *b);
BigInt *bigint_xor(const BigAlloc *al, const BigInt *a, const BigInt *b);
BigInt *bigint_not(const BigAlloc *al, const BigInt *a);
/* Shift counts are the caller's to clamp: a left shift by a count beyond
 * memory fails anyway; a right shift by >= bit_length gives 0 or -1, so any
 * larger count can be passed as UINT32_MAX.  Right shifts floor. */
BigInt *bigint_lshift(const BigAlloc *al, const BigInt *a, uint32_t n);
BigInt *bigint_rshift(const BigAlloc *al, const BigInt *a, uint32_t n);
uint64_t bigint_bit_length(const BigInt *a);           /* of |a| */

/* ---- text ---- */
/* int(s, base) for base 0 or 2..36, the whole Python syntax: surrounding
 * ASCII whitespace, one sign, the 0x/0o/0b prefix that matches the base
 * (any of them for base 0), single underscores between digits and after a
 * prefix, no leading zeros in a non-zero base-0 number.  The source
 * lexer can pass an integer literal with base 0.  NULL with *st set to
 * BIG_SYNTAX or BIG_NOMEM on failure.  Non-ASCII digits are not accepted. */
BigInt *bigint_parse(const BigAlloc *al, const char *s, size_t n, int base,
                     BigStatus *st);
/* Bytes needed by bigint_to_str: digits, sign and a terminating NUL. */
size_t bigint_str_size(const BigInt *a, int base);
/* Writes a in base 2..36: '-' if negative, lowercase digits, no prefix,
 * then a NUL.  Returns the length without the NUL, 0 when scratch memory
 * runs out (bases that are not powers of two need a copy of a). */
size_t bigint_to_str(const BigAlloc *al, const BigInt *a, int base, char *buf);

/* ---- hashing: same values as 64-bit CPython ---- */
/* hash(int): a mod (2**61 - 1) with a's sign; -1 becomes -2. */
int64_t bigint_hash(const BigInt *a);
/* hash(float) for a finite or infinite x (a NaN hashes by identity in
 * CPython; this returns 0 for it).  Equals bigint_hash of an equal int. */
int64_t bigint_hash_double(double x);

/* ---- small helpers ---- */
static inline bool bigint_is_zero(const BigInt *a) { return a->len == 0; }
static inline bool bigint_is_neg(const BigInt *a) { return a->neg; }
static inline bool bigint_truth(const BigInt *a) { return a->len != 0; }

/* int32 fast paths for the interpreter: true when the result overflowed. */
static inline bool bigint_add_i32(int32_t a, int32_t b, int32_t *r)
{
    return __builtin_add_overflow(a, b, r);
}
static inline bool bigint_sub_i32(int32_t a, int32_t b, int32_t *r)
{
    return __builtin_sub_overflow(a, b, r);
}
static inline bool bigint_mul_i32(int32_t a, int32_t b, int32_t *r)
{
    return __builtin_mul_overflow(a, b, r);
}

#endif
