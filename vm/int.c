/*
 * int.c — the int type. Small ints live tagged in the value word (value.h);
 * anything larger is an IntObj holding a BigInt (bigint.h). Every result
 * goes through int_normalize, so a value that fits is always a small int
 * and IntObjs are always out of the small range.
 *
 * bool values (VALUE_TRUE/VALUE_FALSE) are accepted wherever an int is,
 * as 1 and 0.
 */
#include <math.h>
#include <string.h>

#include "num.h"

#include "bigint.h"
#include "err.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "numfmt.h"
#include "str.h"
#include "bytes.h"

/* An int object: the header, then the BigInt (digits inline). */
typedef struct IntObj {
    Object base;
    BigInt big;
} IntObj;

#define BIG(v) (&((IntObj *)(v))->big)

/* BigInt results are allocated with an Object header in front so that a
 * result can become an int object without copying. */
static void *big_alloc(void *ctx, size_t n)
{
    IntObj *o = gc_alloc(offsetof(IntObj, big) + n, GC_NOSCAN);
    if (!o) return NULL;
    o->base.type = &type_int;
    return &o->big;
}

static void big_free(void *ctx, void *p) { gc_free((char *)p - offsetof(IntObj, big)); }

static const BigAlloc allocator = { big_alloc, big_free, NULL };

static inline bool is_bool(value_t v) { return v == VALUE_TRUE || v == VALUE_FALSE; }

bool int_like(value_t v) { return int_check(v) || is_bool(v); }

/* The BigInt of an int-like value; small ones are expanded into *tmp. */
static const BigInt *as_big(value_t v, BigInt64 *tmp)
{
    if (value_is_int(v)) return bigint_set_int64(tmp, value_to_small(v));
    if (is_bool(v)) return bigint_set_int64(tmp, v == VALUE_TRUE);
    return BIG(v);
}

/* Canonical value for a BigInt result (NULL: out of memory). */
static value_t int_normalize(BigInt *b)
{
    if (!b) return err_no_memory();
    if (bigint_fits_int64(b)) {
        bool of;
        int64_t n = bigint_to_int64(b, &of);
        if (small_int_fits(n)) return value_from_small((small_int_t)n);
    }
    return (value_t)((char *)b - offsetof(IntObj, big));
}

value_t int_from_i64(int64_t n)
{
    if (small_int_fits(n)) return value_from_small((small_int_t)n);
    return int_normalize(bigint_from_int64(&allocator, n));
}

value_t int_from_u64(uint64_t n)
{
    if (n <= (uint64_t)SMALL_INT_MAX) return value_from_small((small_int_t)n);
    return int_normalize(bigint_from_uint64(&allocator, n));
}

bool int_to_i64(value_t v, int64_t *out)
{
    if (value_is_int(v)) {
        *out = value_to_small(v);
        return true;
    }
    if (is_bool(v)) {
        *out = v == VALUE_TRUE;
        return true;
    }
    bool of;
    *out = bigint_to_int64(BIG(v), &of);
    if (of) err_raise(&type_OverflowError, "Python int too large to convert to C long");
    return !of;
}

bool int_to_u64(value_t v, uint64_t *out)
{
    BigInt64 tmp;
    const BigInt *b = as_big(v, &tmp);
    if (bigint_is_neg(b)) {
        err_raise(&type_OverflowError, "can't convert negative int to unsigned");
        return false;
    }
    bool of;
    *out = bigint_to_uint64(b, &of);
    if (of) err_raise(&type_OverflowError, "int too big to convert");
    return !of;
}

bool int_is_zero(value_t v) { return v == value_from_small(0) || v == VALUE_FALSE; }

bool int_to_double(value_t v, double *out)
{
    if (value_is_int(v)) {
        *out = (double)value_to_small(v);
        return true;
    }
    if (is_bool(v)) {
        *out = v == VALUE_TRUE;
        return true;
    }
    bool of;
    *out = bigint_to_double(BIG(v), &of);
    if (of) err_raise(&type_OverflowError, "int too large to convert to float");
    return !of;
}

value_t int_from_double(double d)
{
    if (isnan(d)) return err_raise(&type_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return err_raise(&type_OverflowError, "cannot convert float infinity to integer");
    if (d > -9e15 && d < 9e15) return int_from_i64((int64_t)d);
    return int_normalize(bigint_from_double(&allocator, d));
}

/* ---- text ---------------------------------------------------------------- */

value_t int_from_string(const char *s, size_t n, int base)
{
    if (base != 0 && (base < 2 || base > 36)) return err_raise(&type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    /* Fast path: short decimal literals. */
    if (base == 10 && n > 0 && n < 18) {
        int64_t v = 0;
        size_t i = 0;
        bool neg = false, ok = true;
        if (s[0] == '-' || s[0] == '+') neg = s[i++] == '-';
        if (i == n) ok = false;
        for (; ok && i < n; i++) {
            if (s[i] < '0' || s[i] > '9') ok = false;
            else v = v * 10 + (s[i] - '0');
        }
        if (ok) return int_from_i64(neg ? -v : v);
    }
    BigStatus st;
    BigInt *b = bigint_parse(&allocator, s, n, base, &st);
    if (b) return int_normalize(b);
    if (st == BIG_NOMEM) return err_no_memory();
    value_t text = str_new(s, n);
    if (!text) return VALUE_NULL;
    return err_raise(&type_ValueError, "invalid literal for int() with base %d: %R", base, text);
}

/* Digits of |v| in base (no sign, no prefix) into a gc buffer; *neg set. */
static char *int_digits(value_t v, int base, bool *neg, size_t *len)
{
    BigInt64 tmp;
    const BigInt *b = as_big(v, &tmp);
    size_t cap = bigint_str_size(b, base);
    char *buf = gc_alloc(cap, GC_NOSCAN);
    if (!buf) {
        err_no_memory();
        return NULL;
    }
    size_t n = bigint_to_str(&allocator, b, base, buf);
    if (n == 0) {
        err_no_memory();
        return NULL;
    }
    *neg = buf[0] == '-';
    *len = n - *neg;
    return buf + *neg;
}

size_t num_text(value_t v, char buf[NUM_TEXT_SIZE])
{
    if (value_is_obj(v) && OBJ(v)->type == &type_float) return numfmt_float_repr(float_value(v), buf);
    if (!value_is_int(v)) return 0;
    char digits[24];
    small_int_t x = value_to_small(v);
    uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    size_t i = sizeof digits;
    do digits[--i] = (char)('0' + u % 10); while ((u /= 10) != 0);
    if (x < 0) digits[--i] = '-';
    memcpy(buf, digits + i, sizeof digits - i);
    return sizeof digits - i;
}

value_t int_to_str(value_t v, int base)
{
    bool neg;
    size_t n;
    if (value_is_int(v) && base == 10) {
        char buf[NUM_TEXT_SIZE];
        return str_new(buf, num_text(v, buf));
    }
    char *d = int_digits(v, base, &neg, &n);
    if (!d) return VALUE_NULL;
    StrBuf b;
    strbuf_init(&b, n + 3);
    if (neg) strbuf_add_char(&b, '-');
    if (base != 10) strbuf_add_cstr(&b, base == 16 ? "0x" : base == 8 ? "0o" : "0b");
    strbuf_add(&b, d, n);
    return strbuf_finish(&b);
}

static value_t int_repr(value_t v) { return int_to_str(v, 10); }

static bool numbuf_grow(NumfmtBuf *b, size_t need)
{
    size_t cap = b->cap * 2 > need ? b->cap * 2 : need;
    char *p = gc_realloc(b->p, cap, GC_NOSCAN);
    if (!p) return false;
    b->p = p;
    b->cap = cap;
    return true;
}

/* A numfmt formatter's result as a str, or the matching exception. */
value_t num_format_result(int e, NumfmtBuf *out, const NumfmtSpec *spec, const char *spec_text,
                          size_t n, const char *type_name)
{
    if (e == NUMFMT_OK) return str_new(out->p, out->len);
    if (e == NUMFMT_NOMEM) return err_no_memory();
    char msg[160];
    numfmt_error_message(e, spec, spec_text, n, type_name, msg, sizeof msg);
    bool overflow = e == NUMFMT_OVERFLOW || e == NUMFMT_CHAR_RANGE;
    return err_raise(overflow ? &type_OverflowError : &type_ValueError, "%s", msg);
}

bool num_format_buffer(NumfmtBuf *b)
{
    b->p = gc_alloc(32, GC_NOSCAN);
    b->len = 0;
    b->cap = 32;
    b->grow = numbuf_grow;
    b->ctx = NULL;
    return b->p != NULL;
}

value_t int_format(value_t v, const char *spec_text, size_t n)
{
    if (is_bool(v) && n == 0) return str_from_cstr(v == VALUE_TRUE ? "True" : "False");
    NumfmtSpec spec;
    NumfmtBuf out;
    NumfmtErr e = numfmt_parse_spec(spec_text, n, 'd', &spec);
    if (e != NUMFMT_OK) return num_format_result(e, &out, &spec, spec_text, n, "int");
    if (!num_format_buffer(&out)) return err_no_memory();
    int base = numfmt_int_base(&spec);
    if (value_is_int(v) || is_bool(v)) {
        e = numfmt_format_int64(&out, &spec, value_is_int(v) ? value_to_small(v) : v == VALUE_TRUE);
    } else if (base == -1) {
        double d;
        if (!int_to_double(v, &d)) return VALUE_NULL;
        e = numfmt_format_float(&out, &spec, d);
    } else if (base == 0) {
        e = NUMFMT_CHAR_RANGE;
    } else {
        bool neg;
        size_t nd;
        char *d = int_digits(v, base > 0 ? base : 10, &neg, &nd);
        if (!d) return VALUE_NULL;
        e = numfmt_format_int(&out, &spec, neg, d, nd);
    }
    return num_format_result(e, &out, &spec, spec_text, n, "int");
}

/* ---- arithmetic ---------------------------------------------------------- */

static value_t big_result(BigInt *(*op)(const BigAlloc *, const BigInt *, const BigInt *), value_t a, value_t b)
{
    BigInt64 ta, tb;
    return int_normalize(op(&allocator, as_big(a, &ta), as_big(b, &tb)));
}

static value_t int_truediv(value_t a, value_t b)
{
    if (int_is_zero(b)) return err_raise(&type_ZeroDivisionError, "division by zero");
    BigInt64 ta, tb;
    double q;
    BigStatus st = bigint_truediv(&allocator, as_big(a, &ta), as_big(b, &tb), &q);
    if (st == BIG_NOMEM) return err_no_memory();
    if (st == BIG_OVERFLOW) return err_raise(&type_OverflowError, "integer division result too large for a float");
    return float_new(q);
}

static value_t int_pow(value_t a, value_t b)
{
    BigInt64 ta, tb;
    const BigInt *e = as_big(b, &tb);
    if (bigint_is_neg(e)) {
        double x, y;
        if (!int_to_double(a, &x) || !int_to_double(b, &y)) return VALUE_NULL;
        if (x == 0) return err_raise(&type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(pow(x, y));
    }
    return int_normalize(bigint_pow(&allocator, as_big(a, &ta), e));
}

static value_t int_shift(value_t a, value_t b, bool left)
{
    BigInt64 ta, tb;
    const BigInt *n = as_big(b, &tb);
    if (bigint_is_neg(n)) return err_raise(&type_ValueError, "negative shift count");
    bool of;
    uint64_t count = bigint_to_uint64(n, &of);
    if (of || count > UINT32_MAX) {
        if (!left) count = UINT32_MAX;
        else if (int_is_zero(a)) return value_from_small(0);
        else return err_raise(&type_OverflowError, "too many digits in integer");
    }
    BigInt *(*op)(const BigAlloc *, const BigInt *, uint32_t) = left ? bigint_lshift : bigint_rshift;
    return int_normalize(op(&allocator, as_big(a, &ta), (uint32_t)count));
}

static value_t small_binary(small_int_t x, small_int_t y, int op)
{
    small_int_t r;
    switch (op) {
    case OP_ADD:
        if (!__builtin_add_overflow(x, y, &r) && r >= SMALL_INT_MIN && r <= SMALL_INT_MAX) return value_from_small(r);
        break;
    case OP_SUB:
        if (!__builtin_sub_overflow(x, y, &r) && r >= SMALL_INT_MIN && r <= SMALL_INT_MAX) return value_from_small(r);
        break;
    case OP_MUL:
        if (!__builtin_mul_overflow(x, y, &r) && r >= SMALL_INT_MIN && r <= SMALL_INT_MAX) return value_from_small(r);
        break;
    case OP_FLOORDIV:
        if (y == 0) return err_raise(&type_ZeroDivisionError, "integer division or modulo by zero");
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
        if (r >= SMALL_INT_MIN && r <= SMALL_INT_MAX) return value_from_small(r);
        break;
    case OP_MOD:
        if (y == 0) return err_raise(&type_ZeroDivisionError, "integer modulo by zero");
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return value_from_small(r);
    case OP_AND: return value_from_small(x & y);
    case OP_OR: return value_from_small(x | y);
    case OP_XOR: return value_from_small(x ^ y);
    }
    return VALUE_NULL; /* no exception: take the general path */
}

value_t int_binary(value_t a, value_t b, int op)
{
    op &= ~OP_INPLACE;
    if (value_is_int(a) && value_is_int(b)) {
        value_t r = small_binary(value_to_small(a), value_to_small(b), op);
        if (r || err_occurred()) return r;
    }
    switch (op) {
    case OP_ADD: return big_result(bigint_add, a, b);
    case OP_SUB: return big_result(bigint_sub, a, b);
    case OP_MUL: return big_result(bigint_mul, a, b);
    case OP_TRUEDIV: return int_truediv(a, b);
    case OP_FLOORDIV:
        if (int_is_zero(b)) return err_raise(&type_ZeroDivisionError, "integer division or modulo by zero");
        return big_result(bigint_floordiv, a, b);
    case OP_MOD:
        if (int_is_zero(b)) return err_raise(&type_ZeroDivisionError, "integer modulo by zero");
        return big_result(bigint_mod, a, b);
    case OP_POW: return int_pow(a, b);
    case OP_LSHIFT: return int_shift(a, b, true);
    case OP_RSHIFT: return int_shift(a, b, false);
    case OP_AND: return big_result(bigint_and, a, b);
    case OP_OR: return big_result(bigint_or, a, b);
    case OP_XOR: return big_result(bigint_xor, a, b);
    }
    return VALUE_NOTIMPL;
}

/* The type slot: either operand is an int (or a bool); floats are handed
 * to float.c, anything else is not ours. */
static value_t int_binary_slot(value_t a, value_t b, int op)
{
    if (float_check(a) || float_check(b)) return float_binary(a, b, op);
    if (!int_like(a) || !int_like(b)) return VALUE_NOTIMPL;
    int base_op = op & ~OP_INPLACE;
    if (is_bool(a) && is_bool(b) && (base_op == OP_AND || base_op == OP_OR || base_op == OP_XOR)) {
        bool x = a == VALUE_TRUE, y = b == VALUE_TRUE;
        return value_from_bool(base_op == OP_AND ? (x & y) : base_op == OP_OR ? (x | y) : (x ^ y));
    }
    return int_binary(a, b, op);
}

static value_t int_unary(value_t a, int uop)
{
    if (is_bool(a)) a = value_from_small(a == VALUE_TRUE);
    BigInt64 t;
    switch (uop) {
    case UOP_POS: return a;
    case UOP_NEG:
        if (value_is_int(a) && value_to_small(a) != SMALL_INT_MIN) return value_from_small(-value_to_small(a));
        return int_normalize(bigint_neg(&allocator, as_big(a, &t)));
    case UOP_INVERT:
        if (value_is_int(a)) return value_from_small(~value_to_small(a));
        return int_normalize(bigint_not(&allocator, as_big(a, &t)));
    }
    return VALUE_NOTIMPL;
}

static int cmp_result(int c, int cmp)
{
    switch (cmp) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* Exact comparison of an int with a double: -1, 0, 1, or 2 when x is NaN. */
int int_compare_double(value_t a, double x)
{
    if (isnan(x)) return 2;
    BigInt64 t;
    return bigint_cmp_double(as_big(a, &t), x);
}

static value_t int_compare(value_t a, value_t b, int cmp)
{
    if (float_check(a) || float_check(b)) return float_compare(a, b, cmp);
    if (!int_like(a) || !int_like(b)) return VALUE_NOTIMPL;
    int c;
    if (value_is_int(a) && value_is_int(b)) {
        small_int_t x = value_to_small(a), y = value_to_small(b);
        c = x < y ? -1 : x > y;
    } else {
        BigInt64 ta, tb;
        c = bigint_cmp(as_big(a, &ta), as_big(b, &tb));
    }
    return value_from_bool(cmp_result(c, cmp));
}

value_t num_hash_value(int64_t h)
{
    if (small_int_fits(h)) return value_from_small((small_int_t)h);
    return value_from_small((small_int_t)(h % SMALL_INT_MAX));
}

static value_t int_hash(value_t v)
{
    if (value_is_int(v)) {
        small_int_t x = value_to_small(v);
        if (x > -((small_int_t)1 << 30) && x < ((small_int_t)1 << 30)) return value_from_small(x == -1 ? -2 : x);
    }
    BigInt64 t;
    return num_hash_value(bigint_hash(as_big(v, &t)));
}

static int int_truthy(value_t v) { return !int_is_zero(v); }

/* ---- construction and methods -------------------------------------------- */

static value_t int_from_text_value(value_t x, int base)
{
    size_t n;
    const char *s;
    if (str_check(x)) {
        s = str_data(x);
        n = str_len(x);
    } else {
        s = (const char *)obj_buffer(x, &n, false);
        if (!s) return VALUE_NULL;
    }
    BigStatus st;
    BigInt *b = bigint_parse(&allocator, s, n, base, &st);
    if (b) return int_normalize(b);
    if (st == BIG_NOMEM) return err_no_memory();
    return err_raise(&type_ValueError, "invalid literal for int() with base %d: %R", base, x);
}

static value_t int_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = { "x", "base", NULL };
    value_t a[2];
    if (!arg_parse("int", argc, args, kwnames, names, 2, a)) return VALUE_NULL;
    value_t x = a[0];
    if (!x) return value_from_small(0);
    if (a[1]) {
        small_int_t base;
        if (!obj_get_index(a[1], &base)) return VALUE_NULL;
        if (base != 0 && (base < 2 || base > 36)) return err_raise(&type_ValueError, "int() base must be >= 2 and <= 36, or 0");
        const Type *t = obj_type(x);
        if (t != &type_str && t != &type_bytes && t != &type_bytearray)
            return err_raise(&type_TypeError, "int() can't convert non-string with explicit base");
        return int_from_text_value(x, (int)base);
    }
    if (int_check(x)) return x;
    if (is_bool(x)) return value_from_small(x == VALUE_TRUE);
    if (float_check(x)) return int_from_double(float_value(x));
    const Type *t = obj_type(x);
    if (t == &type_str || t == &type_bytes || t == &type_bytearray) return int_from_text_value(x, 10);
    value_t r;
    if (type_lookup(t, str_intern_cstr("__int__"))) r = obj_call_method(x, str_intern_cstr("__int__"), 0, NULL);
    else if (type_lookup(t, str_intern_cstr("__index__"))) r = obj_call_method(x, str_intern_cstr("__index__"), 0, NULL);
    else return err_raise(&type_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
    if (r && !int_like(r)) return err_raise(&type_TypeError, "__int__ returned non-int (type %T)", r);
    return r;
}

static value_t int_bit_length_fn(value_t self)
{
    BigInt64 t;
    return int_from_u64(bigint_bit_length(as_big(self, &t)));
}

static bool parse_byteorder(value_t v, bool *little)
{
    if (!v || (str_check(v) && !strcmp(str_data(v), "big"))) {
        *little = false;
        return true;
    }
    if (str_check(v) && !strcmp(str_data(v), "little")) {
        *little = true;
        return true;
    }
    err_raise(&type_ValueError, "byteorder must be either 'little' or 'big'");
    return false;
}

static value_t int_to_bytes_fn(int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = { "self", "length", "byteorder", "signed", NULL };
    value_t a[4];
    if (!arg_parse("to_bytes", argc, args, kwnames, names, 3, a)) return VALUE_NULL;
    small_int_t len = 1;
    bool little;
    if (a[1] && !obj_get_index(a[1], &len)) return VALUE_NULL;
    if (len < 0) return err_raise(&type_ValueError, "length argument must be non-negative");
    if (!parse_byteorder(a[2], &little)) return VALUE_NULL;
    int is_signed = a[3] ? obj_truthy(a[3]) : 0;
    if (is_signed < 0) return VALUE_NULL;
    BigInt64 t;
    const BigInt *b = as_big(a[0], &t);
    if (bigint_is_neg(b) && !is_signed) return err_raise(&type_OverflowError, "can't convert negative int to unsigned");
    uint8_t *buf = gc_alloc((size_t)len + 1, GC_NOSCAN);
    if (!buf) return err_no_memory();
    if (!bigint_to_bytes(b, buf, (size_t)len, little, is_signed)) return err_raise(&type_OverflowError, "int too big to convert");
    return bytes_new(buf, (size_t)len);
}
static BUILTIN_KW(int_to_bytes, "to_bytes", 1, 4, int_to_bytes_fn);

static value_t int_from_bytes_fn(int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = { "cls", "bytes", "byteorder", "signed", NULL };
    value_t a[4];
    if (!arg_parse("from_bytes", argc, args, kwnames, names, 3, a)) return VALUE_NULL;
    if (!a[1]) return err_raise(&type_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    bool little;
    if (!parse_byteorder(a[2], &little)) return VALUE_NULL;
    int is_signed = a[3] ? obj_truthy(a[3]) : 0;
    if (is_signed < 0) return VALUE_NULL;
    size_t n;
    value_t src = a[1];
    if (!obj_buffer(src, &n, false)) {
        err_clear();
        if (!(src = obj_call1(type_value(&type_bytes), src))) return VALUE_NULL;
    }
    uint8_t *p = obj_buffer(src, &n, false);
    return int_normalize(bigint_from_bytes(&allocator, p, n, little, is_signed));
}
static BUILTIN_KW(int_from_bytes_b, "from_bytes", 1, 4, int_from_bytes_fn);
static CLASS_METHOD(int_from_bytes, int_from_bytes_b);

static value_t int_index_fn(value_t self) { return is_bool(self) ? value_from_small(self == VALUE_TRUE) : self; }
static BUILTIN_FIX(int_bit_length, "bit_length", 1, int_bit_length_fn);
static BUILTIN_FIX(int_index, "__index__", 1, int_index_fn);

static value_t int_real_fn(value_t self) { return int_index_fn(self); }
static value_t int_imag_fn(value_t self) { return value_from_small(0); }
static value_t int_one_fn(value_t self) { return value_from_small(1); }
static BUILTIN_FIX(int_real_get, "real", 1, int_real_fn);
static BUILTIN_FIX(int_imag_get, "imag", 1, int_imag_fn);
static BUILTIN_FIX(int_one_get, "denominator", 1, int_one_fn);
static const Property int_real = { { &type_property }, (value_t)&int_real_get, VALUE_NULL, VALUE_NULL };
static const Property int_imag = { { &type_property }, (value_t)&int_imag_get, VALUE_NULL, VALUE_NULL };
static const Property int_denominator = { { &type_property }, (value_t)&int_one_get, VALUE_NULL, VALUE_NULL };

static const AttrDef int_methods[] = {
    ATTR_OBJ("real", &int_real),
    ATTR_OBJ("imag", &int_imag),
    ATTR_OBJ("numerator", &int_real),
    ATTR_OBJ("denominator", &int_denominator),
    ATTR_OBJ("bit_length", &int_bit_length),
    ATTR_OBJ("to_bytes", &int_to_bytes),
    ATTR_OBJ("from_bytes", &int_from_bytes),
    ATTR_OBJ("__index__", &int_index),
    ATTR_END,
};

Type type_int = {
    .base = { &type_type },
    .cname = "int",
    .methods = int_methods,
    .flags = TYPE_BASETYPE,
    .make = int_make,
    .repr = int_repr,
    .hash = int_hash,
    .compare = int_compare,
    .binary = int_binary_slot,
    .unary = int_unary,
    .truthy = int_truthy,
};

/* ---- built-in function cores ------------------------------------------- */

value_t int_pow_mod(value_t base, value_t exp, value_t mod)
{
    if (!int_like(base) || !int_like(exp) || !int_like(mod))
        return err_raise(&type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (int_is_zero(mod)) return err_raise(&type_ValueError, "pow() 3rd argument cannot be 0");
    BigInt64 ta, te, tm;
    BigStatus st = BIG_OK;
    BigInt *r = bigint_powmod(&allocator, as_big(base, &ta), as_big(exp, &te), as_big(mod, &tm), &st);
    if (st == BIG_NOT_INVERTIBLE) return err_raise(&type_ValueError, "base is not invertible for the given modulus");
    return int_normalize(r);
}

value_t num_abs(value_t x)
{
    if (float_check(x)) return float_new(fabs(float_value(x)));
    if (is_bool(x)) return value_from_small(x == VALUE_TRUE);
    BigInt64 t;
    if (value_is_int(x) && value_to_small(x) >= 0) return x;
    return int_normalize(bigint_abs(&allocator, as_big(x, &t)));
}

/* round(int, ndigits) for ndigits < 0: to a multiple of 10**-ndigits, ties to even. */
static value_t int_round(value_t x, value_t nd)
{
    int64_t digits;
    if (!int_to_i64(nd, &digits)) return VALUE_NULL;
    if (digits >= 0) return x;
    value_t pow10 = int_binary(value_from_small(10), int_from_i64(-digits), OP_POW);
    if (!pow10) return VALUE_NULL;
    value_t q = int_binary(x, pow10, OP_FLOORDIV);
    value_t r = q ? int_binary(x, pow10, OP_MOD) : VALUE_NULL;
    if (!r) return VALUE_NULL;
    value_t twice = int_binary(r, value_from_small(2), OP_MUL);
    if (!twice) return VALUE_NULL;
    value_t c = int_compare(twice, pow10, CMP_GT);
    bool odd = !int_is_zero(int_binary(q, value_from_small(1), OP_AND));
    bool tie = int_compare(twice, pow10, CMP_EQ) == VALUE_TRUE;
    if (c == VALUE_TRUE || (tie && odd)) q = int_binary(q, value_from_small(1), OP_ADD);
    return q ? int_binary(q, pow10, OP_MUL) : VALUE_NULL;
}

value_t num_round(value_t x, value_t nd)
{
    if (nd == VALUE_NONE) nd = VALUE_NULL;
    if (nd && !int_like(nd)) return err_raise(&type_TypeError, "'%T' object cannot be interpreted as an integer", nd);
    if (!float_check(x)) {
        if (is_bool(x)) x = value_from_small(x == VALUE_TRUE);
        return nd ? int_round(x, nd) : x;
    }
    double d = float_value(x), r;
    if (!nd) {
        if (isnan(d) || isinf(d)) return int_from_double(d);
        if (numfmt_round(d, 0, &r) != NUMFMT_OK) return err_raise(&type_OverflowError, "rounded value too large to represent");
        return int_from_double(r);
    }
    int64_t digits;
    if (!int_to_i64(nd, &digits)) return VALUE_NULL;
    if (isnan(d) || isinf(d)) return x;
    if (digits > 400) return x;
    if (digits < -400) return float_new(0.0 * d);
    if (numfmt_round(d, (int32_t)digits, &r) != NUMFMT_OK) return err_raise(&type_OverflowError, "rounded value too large to represent");
    return float_new(r);
}

value_t num_divmod(value_t a, value_t b)
{
    if (float_check(a) || float_check(b)) return float_divmod(a, b);
    if (int_is_zero(b)) return err_raise(&type_ZeroDivisionError, "integer division or modulo by zero");
    value_t q = int_binary(a, b, OP_FLOORDIV);
    value_t r = q ? int_binary(a, b, OP_MOD) : VALUE_NULL;
    return r ? tuple_pack2(q, r) : VALUE_NULL;
}
