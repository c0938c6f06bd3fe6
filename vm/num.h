/*
 * num.h — int (small ints tagged in the word, big ints on the heap), bool
 * and float objects, on top of bigint.h and numfmt.h.
 *
 * An int result always comes back in canonical form: a small int when it
 * fits SMALL_INT_MIN..SMALL_INT_MAX, otherwise a BigIntObj.
 */
#ifndef IRQPY_NUM_H
#define IRQPY_NUM_H

#include "object.h"

typedef struct Float {
    Object base;
    double value;
} Float;

static inline bool int_check(value_t v) {
    return value_is_int(v) || (value_is_obj(v) && OBJ(v)->type == &type_int);
}
static inline bool float_check(value_t v) { return value_is_obj(v) && OBJ(v)->type == &type_float; }
static inline double float_value(value_t v) { return ((Float *)v)->value; }

value_t int_from_i64(int64_t n);
value_t int_from_u64(uint64_t n);
bool int_to_i64(value_t v, int64_t *out);          /* OverflowError if it does not fit */
bool int_to_u64(value_t v, uint64_t *out);         /* OverflowError if negative or too big */
value_t int_from_string(const char *s, size_t n, int base); /* int(str, base) rules; ValueError */
value_t int_binary(value_t a, value_t b, int op);  /* slow path of the VM's small-int ops */
value_t int_to_str(value_t v, int base);           /* with 0x/0o/0b prefix for 16/8/2 */
bool int_is_zero(value_t v);
bool int_to_double(value_t v, double *out);        /* OverflowError */
value_t int_from_double(double d);                 /* truncates; OverflowError/ValueError for inf/nan */

value_t float_new(double d);
bool num_to_double(value_t v, double *out);        /* int, bool or float; TypeError otherwise */
value_t float_from_string(const char *s, size_t n); /* float(str); ValueError */

/* Built-in functions' number cores (builtins module). */
value_t int_pow_mod(value_t base, value_t exp, value_t mod);   /* pow(a, b, m) */
value_t num_abs(value_t x);                        /* int, bool, float */
value_t num_round(value_t x, value_t ndigits);     /* ndigits: VALUE_NULL or None for round(x) */
value_t num_divmod(value_t a, value_t b);          /* ints and floats: (q, r) tuple */
/* format(x, spec) for numbers, CPython's mini-language (numfmt.h) */
value_t int_format(value_t v, const char *spec, size_t n);
value_t float_format(value_t v, const char *spec, size_t n);

/* The str() of a small int or a float written into buf, without the heap
 * (print in a hard IRQ handler); 0 for any other value. */
#define NUM_TEXT_SIZE 32
size_t num_text(value_t v, char buf[NUM_TEXT_SIZE]);

/* Shared between int.c and float.c. */
bool int_like(value_t v);                          /* int or bool */
int int_compare_double(value_t a, double x);       /* -1, 0, 1; 2 if x is NaN */
value_t float_binary(value_t a, value_t b, int op); /* one operand a float, the other a number */
value_t float_compare(value_t a, value_t b, int cmp);
/* The VM's shortcut for + - * / on floats (and a float with a small int):
 * VALUE_NOTIMPL when it does not apply. Small ints beyond 2**53 round as
 * float(n) does, which is what float arithmetic with an int means. */
value_t float_fast_binary(value_t a, value_t b, int op);
value_t float_divmod(value_t a, value_t b);
value_t num_hash_value(int64_t h);
struct NumfmtBuf;
struct NumfmtSpec;
/* Output buffers for numfmt on the GC heap, and turning a result into a str. */
bool num_format_buffer(struct NumfmtBuf *b);
value_t num_format_result(int err, struct NumfmtBuf *out, const struct NumfmtSpec *spec, const char *spec_text,
                          size_t n, const char *type_name);                 /* a 64-bit hash as a small int */

/* hash of a double consistent with int hashes (hash(1.0) == hash(1)) */
small_int_t num_hash_double(double d);

#endif
