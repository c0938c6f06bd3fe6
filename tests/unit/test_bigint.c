/* test_bigint.c — checks vm/bigint against results computed by CPython.
 *
 *   cc -std=c11 -Ivm tests/unit/test_bigint.c vm/bigint.c -lm && ./a.out
 *
 * bigint_cases.h (from gen_bigint.py) lists operations with CPython's
 * answers.  Every case runs three times: with a freeing allocator (and
 * must then leave nothing allocated but its results), with allocation
 * failing at each successive request until it succeeds (every failure must
 * come back as NULL/BIG_NOMEM and leak nothing), and without a free hook.
 * A failure prints the case, what CPython said and what we computed.
 */
#include "bigint.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct BigCase {
    const char *op, *a, *b, *c, *expect;
} BigCase;

#include "bigint_cases.h"

/* ---- a tracking allocator ---- */

typedef struct Heap {
    void **live;
    int nlive, cap;
    long fail_at;       /* request number that fails; -1 never */
    long requests;
} Heap;

static void *heap_alloc(void *ctx, size_t n)
{
    Heap *h = ctx;
    if (h->requests++ == h->fail_at)
        return NULL;
    if (h->nlive == h->cap) {
        h->cap = h->cap ? 2 * h->cap : 64;
        h->live = realloc(h->live, (size_t)h->cap * sizeof *h->live);
    }
    void *p = malloc(n ? n : 1);
    h->live[h->nlive++] = p;
    return p;
}

static void heap_free(void *ctx, void *p)
{
    Heap *h = ctx;
    for (int i = 0; i < h->nlive; i++) {
        if (h->live[i] == p) {
            h->live[i] = h->live[--h->nlive];
            free(p);
            return;
        }
    }
    fprintf(stderr, "free of unknown block %p\n", p);
    abort();
}

static void heap_reset(Heap *h)
{
    while (h->nlive > 0)
        free(h->live[--h->nlive]);
    h->requests = 0;
}

/* ---- running one case ---- */

static int passed, failed;
static char got[1 << 17];

typedef struct Run {
    BigAlloc al;
    Heap *heap;
    int results;        /* blocks the case legitimately keeps */
    bool nomem;
} Run;

/* Marks a result as kept (or the run as out of memory when NULL). */
static const BigInt *keep(Run *r, const BigInt *b)
{
    if (b)
        r->results++;
    else
        r->nomem = true;
    return b;
}

static BigInt *operand(Run *r, const char *text)
{
    BigStatus st;
    if (text[0] == '@')
        text = big_operands[atoi(text + 1)];
    BigInt *b = bigint_parse(&r->al, text, strlen(text), 16, &st);
    keep(r, b);
    return b;
}

static void put_hex(Run *r, char *out, const BigInt *b)
{
    if (!b)
        return;
    if (bigint_str_size(b, 16) > sizeof got - 4096) {
        strcpy(out, "<too long>");
        return;
    }
    if (bigint_to_str(&r->al, b, 16, out) == 0)
        r->nomem = true;
}

static double bits_double(const char *hex)
{
    uint64_t u = strtoull(hex, NULL, 16);
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

static void put_double(char *out, double x, bool overflow)
{
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    if (overflow)
        strcpy(out, "overflow");
    else
        sprintf(out, "%016" PRIx64, u);
}

typedef BigInt *(*BinOp)(const BigAlloc *, const BigInt *, const BigInt *);
typedef BigInt *(*UnOp)(const BigAlloc *, const BigInt *);

static const struct {
    const char *name;
    BinOp fn;
} binops[] = {
    {"add", bigint_add}, {"sub", bigint_sub}, {"mul", bigint_mul},
    {"and", bigint_and}, {"or", bigint_or},   {"xor", bigint_xor},
    {"gcd", bigint_gcd},
};

static const struct {
    const char *name;
    UnOp fn;
} unops[] = {
    {"neg", bigint_neg}, {"abs", bigint_abs}, {"not", bigint_not},
};

static bool run_arith(Run *r, const BigCase *c, char *out)
{
    for (size_t i = 0; i < sizeof binops / sizeof *binops; i++) {
        if (strcmp(c->op, binops[i].name) == 0) {
            BigInt *a = operand(r, c->a), *b = a ? operand(r, c->b) : NULL;
            if (b)
                put_hex(r, out, keep(r, binops[i].fn(&r->al, a, b)));
            return true;
        }
    }
    for (size_t i = 0; i < sizeof unops / sizeof *unops; i++) {
        if (strcmp(c->op, unops[i].name) == 0) {
            BigInt *a = operand(r, c->a);
            if (a)
                put_hex(r, out, keep(r, unops[i].fn(&r->al, a)));
            return true;
        }
    }
    if (strcmp(c->op, "divmod") == 0) {
        BigInt *a = operand(r, c->a), *b = a ? operand(r, c->b) : NULL, *q, *m;
        if (!b)
            return true;
        if (!bigint_divmod(&r->al, a, b, &q, &m)) {
            r->nomem = true;
            return true;
        }
        keep(r, q);
        keep(r, m);
        put_hex(r, out, q);
        strcat(out, ",");
        put_hex(r, out + strlen(out), m);
        return true;
    }
    if (strcmp(c->op, "pow") == 0) {
        BigInt *a = operand(r, c->a), *e = a ? operand(r, c->b) : NULL;
        if (e)
            put_hex(r, out, keep(r, bigint_pow(&r->al, a, e)));
        return true;
    }
    if (strcmp(c->op, "powmod") == 0) {
        BigInt *a = operand(r, c->a), *e = a ? operand(r, c->b) : NULL;
        BigInt *m = e ? operand(r, c->c) : NULL;
        BigStatus st;
        if (!m)
            return true;
        BigInt *p = bigint_powmod(&r->al, a, e, m, &st);
        if (st == BIG_NOT_INVERTIBLE && !p)
            strcpy(out, "notinv");
        else if (st == BIG_OK && p)
            put_hex(r, out, keep(r, p));
        else if (st == BIG_NOMEM && !p)
            r->nomem = true;
        else
            strcpy(out, "<bad status>");
        return true;
    }
    if (strcmp(c->op, "lshift") == 0 || strcmp(c->op, "rshift") == 0) {
        BigInt *a = operand(r, c->a);
        uint32_t n = (uint32_t)atol(c->b);
        if (a)
            put_hex(r, out, keep(r, c->op[0] == 'l' ? bigint_lshift(&r->al, a, n)
                                                    : bigint_rshift(&r->al, a, n)));
        return true;
    }
    return false;
}

static bool run_scalar(Run *r, const BigCase *c, char *out)
{
    bool ovf;
    if (strcmp(c->op, "cmp") == 0) {
        BigInt *a = operand(r, c->a), *b = a ? operand(r, c->b) : NULL;
        if (b)
            sprintf(out, "%d", bigint_cmp(a, b));
    } else if (strcmp(c->op, "truediv") == 0) {
        BigInt *a = operand(r, c->a), *b = a ? operand(r, c->b) : NULL;
        double x = 0;
        if (!b)
            return true;
        BigStatus st = bigint_truediv(&r->al, a, b, &x);
        if (st == BIG_NOMEM)
            r->nomem = true;
        else
            put_double(out, x, st == BIG_OVERFLOW);
    } else if (strcmp(c->op, "cmpdouble") == 0) {
        BigInt *a = operand(r, c->a);
        if (a)
            sprintf(out, "%d", bigint_cmp_double(a, bits_double(c->b)));
    } else {
        static const char unary[] = " bitlen hash todouble toint64 low64 fits32 ";
        char word[32];
        snprintf(word, sizeof word, " %s ", c->op);
        if (!strstr(unary, word))
            return false;
        BigInt *a = operand(r, c->a);
        if (!a)
            return true;
        if (strcmp(c->op, "bitlen") == 0)
            sprintf(out, "%" PRIu64, bigint_bit_length(a));
        else if (strcmp(c->op, "hash") == 0)
            sprintf(out, "%" PRId64, bigint_hash(a));
        else if (strcmp(c->op, "todouble") == 0) {
            double x = bigint_to_double(a, &ovf);
            put_double(out, x, ovf);
        } else if (strcmp(c->op, "toint64") == 0) {
            int64_t v = bigint_to_int64(a, &ovf);
            if (ovf)
                strcpy(out, "overflow");
            else
                sprintf(out, "%" PRId64, v);
            if (ovf != !bigint_fits_int64(a))
                strcat(out, "<fits_int64 disagrees>");
        } else if (strcmp(c->op, "low64") == 0)
            sprintf(out, "%" PRIx64, bigint_low64(a));
        else
            sprintf(out, "%d", bigint_fits_int32(a));
    }
    return true;
}

static bool run_text(Run *r, const BigCase *c, char *out)
{
    if (strcmp(c->op, "str") == 0) {
        BigInt *a = operand(r, c->a);
        if (a && bigint_to_str(&r->al, a, atoi(c->b), out) == 0)
            r->nomem = true;
    } else if (strcmp(c->op, "parse") == 0) {
        BigStatus st;
        BigInt *a = bigint_parse(&r->al, c->a, strlen(c->a), atoi(c->b), &st);
        if (st == BIG_SYNTAX && !a)
            strcpy(out, "syntax");
        else if (st == BIG_OK && a)
            put_hex(r, out, keep(r, a));
        else if (st == BIG_NOMEM && !a)
            r->nomem = true;
        else
            strcpy(out, "<bad status>");
    } else if (strcmp(c->op, "tobytes") == 0) {
        BigInt *a = operand(r, c->a);
        size_t n = (size_t)atoi(c->b);
        uint8_t bytes[64];
        if (!a)
            return true;
        if (!bigint_to_bytes(a, bytes, n, c->c[0] == 'l', c->c[1] == 's'))
            strcpy(out, "overflow");
        else
            for (size_t i = 0; i < n; i++)
                sprintf(out + 2 * i, "%02x", bytes[i]);
    } else if (strcmp(c->op, "frombytes") == 0) {
        uint8_t bytes[64];
        size_t n = strlen(c->a) / 2;
        for (size_t i = 0; i < n; i++)
            sscanf(c->a + 2 * i, "%2hhx", &bytes[i]);
        put_hex(r, out, keep(r, bigint_from_bytes(&r->al, bytes, n, c->c[0] == 'l',
                                                  c->c[1] == 's')));
    } else if (strcmp(c->op, "fromdouble") == 0) {
        put_hex(r, out, keep(r, bigint_from_double(&r->al, bits_double(c->a))));
    } else if (strcmp(c->op, "hashdouble") == 0) {
        sprintf(out, "%" PRId64, bigint_hash_double(bits_double(c->a)));
    } else {
        return false;
    }
    return true;
}

/* Runs a case; out gets the result text, or "nomem". */
static void run_case(Run *r, const BigCase *c, char *out)
{
    out[0] = '\0';
    r->results = 0;
    r->nomem = false;
    if (!run_arith(r, c, out) && !run_scalar(r, c, out) && !run_text(r, c, out))
        strcpy(out, "<unknown op>");
    if (r->nomem)
        strcpy(out, "nomem");
}

static uint64_t fnv(const char *s)
{
    uint64_t h = 0xcbf29ce484222325u;
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 0x100000001b3u;
    return h;
}

static bool matches(const char *expect, const char *value)
{
    if (expect[0] == '#')
        return strtoull(expect + 1, NULL, 16) == fnv(value);
    return strcmp(expect, value) == 0;
}

static const char *show(const char *text)
{
    if (text[0] == '@')
        return big_operands[atoi(text + 1)];
    return text;
}

static void report(const BigCase *c, const char *how, const char *value)
{
    failed++;
    if (failed > 30)
        return;
    printf("FAIL %s (%s)\n  a=%s\n  b=%s\n  c=%s\n  expected %s%s\n  got      %s\n",
           c->op, how, show(c->a), show(c->b), show(c->c),
           c->expect[0] == '#' ? "text with FNV-1a hash " : "", c->expect + (c->expect[0] == '#'),
           value);
}

static void check_case(const BigCase *c, bool sweep)
{
    Heap heap = {.fail_at = -1};
    Run r = {{heap_alloc, heap_free, &heap}, &heap, 0, false};
    run_case(&r, c, got);
    bool ok = matches(c->expect, got);
    if (!ok)
        report(c, "normal", got);
    else if (heap.nlive != r.results) {
        ok = false;
        report(c, "scratch not released", got);
    }
    heap_reset(&heap);
    /* Allocation failure at each successive request. */
    for (long k = 0; ok && sweep; k++) {
        heap.fail_at = k;
        run_case(&r, c, got);
        bool done = strcmp(got, "nomem") != 0;
        if (heap.nlive != r.results) {
            ok = false;
            report(c, "leak after failed allocation", got);
        } else if (done && !matches(c->expect, got)) {
            ok = false;
            report(c, "after failed allocations", got);
        }
        heap_reset(&heap);
        if (done)
            break;
    }
    /* No free hook: scratch stays allocated, results are the same. */
    Run nofree = {{heap_alloc, NULL, &heap}, &heap, 0, false};
    heap.fail_at = -1;
    if (ok) {
        run_case(&nofree, c, got);
        if (!matches(c->expect, got)) {
            ok = false;
            report(c, "without free hook", got);
        }
    }
    heap_reset(&heap);
    free(heap.live);
    if (ok)
        passed++;
}

/* ---- direct checks of what the table does not cover ---- */

static void expect_true(bool cond, const char *what)
{
    if (cond) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s\n", what);
    }
}

static void check_small(void)
{
    static const int64_t values[] = {0, 1, -1, 42, INT32_MAX, INT32_MIN,
                                     (int64_t)INT32_MAX + 1, INT64_MAX, INT64_MIN};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        BigInt64 buf;
        bool ovf;
        BigInt *b = bigint_set_int64(&buf, values[i]);
        expect_true(bigint_to_int64(b, &ovf) == values[i] && !ovf, "set_int64 round trip");
        expect_true(bigint_fits_int32(b) == (values[i] >= INT32_MIN && values[i] <= INT32_MAX),
                    "fits_int32");
        expect_true(bigint_truth(b) == (values[i] != 0), "truth");
        expect_true(bigint_is_neg(b) == (values[i] < 0), "is_neg");
    }
    Heap heap = {.fail_at = -1};
    BigAlloc al = {heap_alloc, heap_free, &heap};
    bool ovf;
    BigInt *u = bigint_from_uint64(&al, UINT64_MAX);
    expect_true(bigint_to_uint64(u, &ovf) == UINT64_MAX && !ovf, "uint64 round trip");
    bigint_to_int64(u, &ovf);
    expect_true(ovf, "uint64 max overflows int64");
    BigInt *m = bigint_from_int64(&al, -5);
    bigint_to_uint64(m, &ovf);
    expect_true(ovf, "negative overflows uint64");
    BigInt *big = bigint_lshift(&al, u, 1000);
    BigInt *r = bigint_rshift(&al, big, UINT32_MAX);
    expect_true(r && bigint_is_zero(r), "rshift by UINT32_MAX");
    heap_reset(&heap);

    int32_t x;
    expect_true(bigint_add_i32(INT32_MAX, 1, &x), "add_i32 overflow");
    expect_true(!bigint_add_i32(-5, 3, &x) && x == -2, "add_i32");
    expect_true(bigint_sub_i32(INT32_MIN, 1, &x), "sub_i32 overflow");
    expect_true(bigint_mul_i32(65536, 32768, &x), "mul_i32 overflow");
    expect_true(!bigint_mul_i32(-65536, 32768, &x) && x == INT32_MIN, "mul_i32");
    free(heap.live);
}

/* str() and int() of 1000-digit numbers must be quick. */
static void check_speed(void)
{
    Heap heap = {.fail_at = -1};
    BigAlloc al = {heap_alloc, heap_free, &heap};
    char digits[1001], back[1200];
    for (int i = 0; i < 1000; i++)
        digits[i] = (char)('1' + i % 9);
    digits[1000] = '\0';
    BigStatus st;
    clock_t t0 = clock();
    bool same = true;
    for (int i = 0; i < 200 && same; i++) {
        BigInt *b = bigint_parse(&al, digits, 1000, 10, &st);
        same = b && bigint_to_str(&al, b, 10, back) == 1000 && strcmp(back, digits) == 0;
        heap_reset(&heap);
    }
    double ms = (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC / 200;
    expect_true(same, "1000-digit round trip");
    expect_true(ms < 2.0, "1000-digit round trip under 2 ms");
    printf("1000-digit parse + str: %.3f ms\n", ms);
    free(heap.live);
}

int main(void)
{
    size_t n = sizeof big_cases / sizeof *big_cases;
    for (size_t i = 0; i < n; i++)
        check_case(&big_cases[i], true);
    check_small();
    check_speed();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
