/* test_numfmt.c — checks vm/numfmt against what CPython prints.
 *
 *   cc -std=c11 -Ivm tests/unit/test_numfmt.c vm/numfmt.c -lm && ./a.out
 *
 * numfmt_cases.h (from gen_numfmt.py) holds CPython's repr() of 5000
 * random doubles (drawn here from the same splitmix64 sequence) and of
 * chosen ones, format() results and error messages for floats, ints and
 * strings, the % operator, float() of tricky text and round().  Every
 * repr is also read back with numfmt_parse_float.  A failure prints the
 * input, what CPython said and what we wrote.
 */
#include "numfmt.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct ReprCase {
    uint64_t bits;
    const char *expect;
} ReprCase;

typedef struct FormatCase {
    char kind;          /* 'f' float bits, 'i' int64, 'I' digits + neg, 's' str */
    const char *value;
    int neg;
    const char *spec, *expect;   /* expect "!..." is a ValueError message */
} FormatCase;

typedef struct PrintfCase {
    char kind;
    const char *value, *flags;
    int width, prec;
    char conv;
    const char *expect;
} PrintfCase;

typedef struct ParseCase {
    const char *text, *expect;   /* bits in hex, or "error" */
} ParseCase;

typedef struct RoundCase {
    uint64_t bits;
    int ndigits;
    const char *expect;          /* bits in hex, or "overflow" */
} RoundCase;

#include "numfmt_cases.h"

static int passed, failed;

static void check(bool ok, const char *what, const char *input, const char *expect,
                  const char *got)
{
    if (ok) {
        passed++;
        return;
    }
    if (++failed <= 40)
        printf("FAIL %s\n  input    %s\n  expected %s\n  got      %s\n", what, input,
               expect, got);
}

static double from_bits(uint64_t u)
{
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

static uint64_t to_bits(double x)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

/* ---- a growable buffer, optionally refusing to grow ---- */

static size_t grow_limit = SIZE_MAX;

static bool grow(NumfmtBuf *b, size_t need)
{
    if (need > grow_limit)
        return false;
    size_t cap = b->cap ? b->cap : 16;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p)
        return false;
    b->p = p;
    b->cap = cap;
    return true;
}

static NumfmtBuf out;

/* out's text as a C string (for comparing and printing). */
static const char *text(void)
{
    grow(&out, out.len + 1);
    out.p[out.len] = '\0';
    return out.p;
}

/* ---- repr ---- */

static void check_repr(double x, const char *expect)
{
    char buf[NUMFMT_REPR_SIZE], input[64];
    numfmt_float_repr(x, buf);
    snprintf(input, sizeof input, "repr of bits %016" PRIx64, to_bits(x));
    check(strcmp(buf, expect) == 0, "repr", input, expect, buf);
    double back;
    if (x == x) {
        bool ok = numfmt_parse_float(buf, strlen(buf), &back);
        check(ok && to_bits(back) == to_bits(x), "parse(repr(x)) == x", input, expect, buf);
    }
}

static void check_reprs(void)
{
    uint64_t state = REPR_SEED;
    for (size_t i = 0; i < sizeof repr_random / sizeof *repr_random; i++)
        check_repr(from_bits(splitmix64(&state)), repr_random[i]);
    for (size_t i = 0; i < sizeof repr_cases / sizeof *repr_cases; i++)
        check_repr(from_bits(repr_cases[i].bits), repr_cases[i].expect);
}

/* ---- format() ---- */

static const char *type_name(char kind)
{
    return kind == 'f' ? "float" : kind == 's' ? "str" : "int";
}

static NumfmtErr run_format(const FormatCase *c, const NumfmtSpec *spec)
{
    switch (c->kind) {
    case 'f':
        return numfmt_format_float(&out, spec, from_bits(strtoull(c->value, NULL, 16)));
    case 'i':
        return numfmt_format_int64(&out, spec, strtoll(c->value, NULL, 10));
    case 'I':
        return numfmt_format_int(&out, spec, c->neg, c->value, strlen(c->value));
    default:
        return numfmt_format_str(&out, spec, c->value, strlen(c->value));
    }
}

static void check_format(const FormatCase *c)
{
    NumfmtSpec spec;
    uint32_t default_type = c->kind == 'f' ? 0 : c->kind == 's' ? 's' : 'd';
    size_t nspec = strlen(c->spec);
    out.len = 0;
    NumfmtErr err = numfmt_parse_spec(c->spec, nspec, default_type, &spec);
    if (!err)
        err = run_format(c, &spec);
    char got[2048], input[256];
    if (err) {
        got[0] = '!';
        numfmt_error_message(err, &spec, c->spec, nspec, type_name(c->kind), got + 1,
                             sizeof got - 1);
    } else {
        snprintf(got, sizeof got, "%s", text());
    }
    snprintf(input, sizeof input, "format(%c %s%s, '%s')", c->kind, c->neg ? "-" : "",
             c->value, c->spec);
    check(strcmp(got, c->expect) == 0, "format", input, c->expect, got);
}

static void check_printf(const PrintfCase *c)
{
    NumfmtSpec spec;
    char input[256];
    snprintf(input, sizeof input, "'%%%s w%d p%d %c' %% %c %s", c->flags, c->width, c->prec,
             c->conv, c->kind, c->value);
    out.len = 0;
    NumfmtErr err = numfmt_spec_from_printf(&spec, c->flags, strlen(c->flags), c->width,
                                            c->prec, c->conv);
    if (!err) {
        if (c->kind == 'f')
            err = numfmt_format_float(&out, &spec, from_bits(strtoull(c->value, NULL, 16)));
        else if (c->kind == 'i')
            err = numfmt_format_int64(&out, &spec, strtoll(c->value, NULL, 10));
        else
            err = numfmt_format_str(&out, &spec, c->value, strlen(c->value));
    }
    check(!err && strcmp(text(), c->expect) == 0, "printf", input, c->expect,
          err ? "<error>" : text());
}

/* ---- float() and round() ---- */

static void check_parse(const ParseCase *c)
{
    double x;
    char got[32];
    if (numfmt_parse_float(c->text, strlen(c->text), &x))
        snprintf(got, sizeof got, "%016" PRIx64, to_bits(x));
    else
        strcpy(got, "error");
    check(strcmp(got, c->expect) == 0, "float()", c->text, c->expect, got);
}

static void check_round(const RoundCase *c)
{
    double x;
    char got[32], input[64];
    if (numfmt_round(from_bits(c->bits), c->ndigits, &x) == NUMFMT_OK)
        snprintf(got, sizeof got, "%016" PRIx64, to_bits(x));
    else
        strcpy(got, "overflow");
    snprintf(input, sizeof input, "round(bits %016" PRIx64 ", %d)", c->bits, c->ndigits);
    check(strcmp(got, c->expect) == 0, "round", input, c->expect, got);
}

/* ---- things the tables cannot show ---- */

static void check_direct(void)
{
    NumfmtSpec spec;
    /* A huge width goes to the heap, not the stack. */
    out.len = 0;
    numfmt_parse_spec(">1000000", 8, 0, &spec);
    NumfmtErr err = numfmt_format_float(&out, &spec, 1.5);
    check(!err && out.len == 1000000 && memcmp(out.p + 999997, "1.5", 3) == 0,
          "width 1000000", ">1000000", "1.5 right-aligned", "");
    /* grow failing: NOMEM, and nothing appended. */
    static const char *const specs[] = {"", ".300f", ">50", ",.2f", "e"};
    for (size_t i = 0; i < sizeof specs / sizeof *specs; i++) {
        NumfmtBuf small = {NULL, 0, 0, grow, NULL};
        numfmt_parse_spec(specs[i], strlen(specs[i]), 0, &spec);
        grow_limit = 20;
        err = numfmt_format_float(&small, &spec, 1e300);
        grow_limit = SIZE_MAX;
        check((err == NUMFMT_NOMEM && small.len == 0) || (err == NUMFMT_OK && small.len <= 20),
              "grow failure", specs[i], "NOMEM or a short result", err ? "other error" : "");
        free(small.p);
    }
    /* %c through numfmt_format_int64, and its range. */
    out.len = 0;
    numfmt_parse_spec("c", 1, 'd', &spec);
    err = numfmt_format_int64(&out, &spec, 0x20AC);
    check(!err && strcmp(text(), "\xe2\x82\xac") == 0, "format_int64 c", "0x20ac", "euro", text());
    err = numfmt_format_int64(&out, &spec, 0x110000);
    check(err == NUMFMT_CHAR_RANGE, "format_int64 c range", "0x110000", "CHAR_RANGE", "");
    /* An unknown %-conversion. */
    err = numfmt_spec_from_printf(&spec, "", 0, -1, -1, 'y');
    check(err == NUMFMT_UNKNOWN_CODE, "printf unknown", "%y", "UNKNOWN_CODE", "");
}

static void check_speed(void)
{
    uint64_t state = 1;
    char buf[NUMFMT_REPR_SIZE];
    clock_t t0 = clock();
    for (int i = 0; i < 100000; i++)
        numfmt_float_repr(from_bits(splitmix64(&state)), buf);
    double us = (double)(clock() - t0) * 1e6 / CLOCKS_PER_SEC / 100000;
    double x;
    t0 = clock();
    for (int i = 0; i < 100000; i++)
        numfmt_parse_float("3.14159", 7, &x);
    double us2 = (double)(clock() - t0) * 1e6 / CLOCKS_PER_SEC / 100000;
    printf("repr of a random double: %.2f us; float('3.14159'): %.3f us\n", us, us2);
}

int main(void)
{
    out = (NumfmtBuf){NULL, 0, 0, grow, NULL};
    check_reprs();
    for (size_t i = 0; i < sizeof format_cases / sizeof *format_cases; i++)
        check_format(&format_cases[i]);
    for (size_t i = 0; i < sizeof printf_cases / sizeof *printf_cases; i++)
        check_printf(&printf_cases[i]);
    for (size_t i = 0; i < sizeof parse_cases / sizeof *parse_cases; i++)
        check_parse(&parse_cases[i]);
    for (size_t i = 0; i < sizeof round_cases / sizeof *round_cases; i++)
        check_round(&round_cases[i]);
    check_direct();
    check_speed();
    free(out.p);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
