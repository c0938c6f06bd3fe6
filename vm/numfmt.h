/* numfmt.h — numbers to text and back, the way CPython spells them.
 *
 * Independent of the object model: the int and float types, format(),
 * str.format, the % operator and float() sit on top of this.
 *
 * - Float to text uses exact integer arithmetic (a small fixed-size
 *   bignum on the C stack), so every digit is correctly rounded, half to
 *   even, as CPython's dtoa does; no printf, no malloc.  repr() is the
 *   shortest string that reads back to the same double.
 * - Text to float (float(), float literals) is correctly rounded too:
 *   a fast path for up to 19 digits and powers of ten up to 1e22, exact
 *   big-number division otherwise.
 * - The format-spec mini-language ("[[fill]align][sign][z][#][0][width]
 *   [grouping][.precision][type]") is parsed into a NumfmtSpec; the
 *   formatters then write into a NumfmtBuf the caller can grow, so a
 *   width of a million costs heap, not stack.
 *
 * Stack (Cortex-M33, -Os): repr() about 0.8 KB, format() of a float
 * about 1 KB, float() of text with more than 15 digits or an exponent
 * beyond 22 about 1.1 KB (short literals take a path with almost none),
 * round() up to 1.5 KB.
 *
 * Errors are NumfmtErr codes; numfmt_error_message() turns one into
 * CPython's ValueError text.
 */
#ifndef IRQPY_NUMFMT_H
#define IRQPY_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Output: bytes p[0..len) are written, appended at len.  grow must make
 * cap >= need (it may move p) or return false when memory runs out. */
typedef struct NumfmtBuf {
    char *p;
    size_t len, cap;
    bool (*grow)(struct NumfmtBuf *buf, size_t need);
    void *ctx;
} NumfmtBuf;

typedef enum NumfmtErr {
    NUMFMT_OK = 0,
    NUMFMT_NOMEM,             /* MemoryError (grow failed) */
    NUMFMT_OVERFLOW,          /* OverflowError (numfmt_round) */
    NUMFMT_CHAR_RANGE,        /* OverflowError: %c arg not in range(0x110000) */
    /* ValueError, from the spec parser: */
    NUMFMT_INVALID,           /* Invalid format specifier '<spec>' for object of type '<type>' */
    NUMFMT_TOO_MANY_DIGITS,   /* Too many decimal digits in format string */
    NUMFMT_MISSING_PRECISION, /* Format specifier missing precision */
    NUMFMT_BOTH_SEPARATORS,   /* Cannot specify both ',' and '_'. */
    NUMFMT_SEPARATOR_TYPE,    /* Cannot specify ',' with 'x'. */
    /* ValueError, from the formatters: */
    NUMFMT_UNKNOWN_CODE,      /* Unknown format code 'x' for object of type '<type>' */
    NUMFMT_INT_PRECISION,     /* Precision not allowed in integer format specifier */
    NUMFMT_INT_NO_NEG_ZERO,   /* Negative zero coercion (z) not allowed in integer ... */
    NUMFMT_CHAR_SIGN,         /* Sign not allowed with integer format specifier 'c' */
    NUMFMT_CHAR_ALTERNATE,    /* Alternate form (#) not allowed with integer ... 'c' */
    NUMFMT_STR_SIGN,          /* Sign not allowed in string format specifier */
    NUMFMT_STR_SPACE,         /* Space not allowed in string format specifier */
    NUMFMT_STR_NO_NEG_ZERO,   /* Negative zero coercion (z) not allowed in string ... */
    NUMFMT_STR_ALTERNATE,     /* Alternate form (#) not allowed in string format specifier */
    NUMFMT_STR_ALIGN,         /* '=' alignment not allowed in string format specifier */
} NumfmtErr;

/* A parsed format spec, with defaults already applied. */
typedef struct NumfmtSpec {
    uint32_t fill;       /* code point, ' ' by default */
    char align;          /* '<' '>' '^' '=' */
    char sign;           /* '+', '-', ' ', or 0 when absent (same as '-') */
    bool no_neg_zero;    /* 'z' */
    bool alternate;      /* '#' */
    char grouping;       /* ',' '_' or 0 */
    int32_t width;       /* 0 when absent */
    int32_t precision;   /* -1 when absent */
    uint32_t type;       /* code point of the type, 0 when absent */
    int32_t min_digits;  /* %-formatting of ints: "%.5d"; 0 otherwise */
} NumfmtSpec;

/* ---- spec parsing ---- */

/* Parses s[0..n) (UTF-8).  default_type is what the object's type uses
 * when the spec names none: 'd' for int, 0 for float, 's' for str.  It
 * matters for the ',' check and the '0' flag (numbers right-align, so
 * '0' means '=' alignment for them).  On error *spec still holds what was
 * parsed, which numfmt_error_message needs. */
NumfmtErr numfmt_parse_spec(const char *s, size_t n, uint32_t default_type,
                            NumfmtSpec *spec);

/* A spec for %-formatting: flags are the characters among "-+ #0" given,
 * width and precision -1 when absent, conv the conversion character.
 * Returns NUMFMT_UNKNOWN_CODE for a conversion other than d i u o x X e E
 * f F g G s r a c; the caller builds "unsupported format character ...".
 * Then call numfmt_format_int for d i u o x X (the value converted with
 * int()), numfmt_format_float for e E f F g G, numfmt_format_str for s r a
 * and c (with the str()/repr()/ascii() text or the character). */
NumfmtErr numfmt_spec_from_printf(NumfmtSpec *spec, const char *flags,
                                  size_t nflags, int32_t width,
                                  int32_t precision, char conv);

/* CPython's text for err into buf (always NUL-terminated, truncated to
 * size); spec_text is the spec string and type_name the object's type
 * name ("int", "float", "str").  Returns the length written. */
size_t numfmt_error_message(NumfmtErr err, const NumfmtSpec *spec,
                            const char *spec_text, size_t spec_len,
                            const char *type_name, char *buf, size_t size);

/* ---- formatting (appends to out) ---- */

/* Which digits numfmt_format_int wants for this spec: 2, 8, 10 or 16; 0
 * for 'c' (call numfmt_format_char); -1 for a float type (e E f F g G %:
 * convert the int to float and call numfmt_format_float) or an unknown
 * one (numfmt_format_int reports it). */
int numfmt_int_base(const NumfmtSpec *spec);

/* An integer given as its magnitude's digits in numfmt_int_base(spec)
 * (lowercase; 'X' upper-cases them) and its sign.  Checks the spec
 * against the int rules first.  Not for 'c' or the float types. */
NumfmtErr numfmt_format_int(NumfmtBuf *out, const NumfmtSpec *spec, bool neg,
                            const char *digits, size_t ndigits);
/* The same for a value that fits in 64 bits, all types included ('c'
 * and the float ones are dispatched here). */
NumfmtErr numfmt_format_int64(NumfmtBuf *out, const NumfmtSpec *spec, int64_t v);
/* Type 'c': the caller checked cp < 0x110000 (OverflowError otherwise). */
NumfmtErr numfmt_format_char(NumfmtBuf *out, const NumfmtSpec *spec, uint32_t cp);
NumfmtErr numfmt_format_float(NumfmtBuf *out, const NumfmtSpec *spec, double x);
/* A string (UTF-8, assumed valid): precision truncates and width pads by
 * code points. */
NumfmtErr numfmt_format_str(NumfmtBuf *out, const NumfmtSpec *spec,
                            const char *s, size_t n);

/* ---- floats ---- */

/* repr(x) == str(x): "0.1", "1e+16", "-0.0", "inf", "nan".  buf holds at
 * least NUMFMT_REPR_SIZE bytes; the result is NUL-terminated and its
 * length returned. */
#define NUMFMT_REPR_SIZE 32
size_t numfmt_float_repr(double x, char *buf);

/* float(text) syntax: ASCII whitespace around, sign, digits with single
 * underscores between them, optional fraction and exponent, or inf,
 * infinity, nan in any case.  Correctly rounded; out-of-range values
 * become inf or 0 as in CPython.  false for anything else.  Callers with
 * non-ASCII digits or spaces translate them first. */
bool numfmt_parse_float(const char *s, size_t n, double *out);

/* round(x, ndigits) for finite x, correctly rounded as in CPython;
 * NUMFMT_OVERFLOW: "rounded value too large to represent". */
NumfmtErr numfmt_round(double x, int32_t ndigits, double *out);

#endif
