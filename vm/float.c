/*
 * float.c — the float type (a C double; single precision on boards whose
 * port says so). Text conversion and format specs come from numfmt.h so
 * repr() and format() match CPython digit for digit.
 */
#include <math.h>

#include "num.h"

#include "bigint.h"
#include "err.h"
#include "func.h"
#include "gc.h"
#include "list.h"
#include "numfmt.h"
#include "str.h"

value_t float_new(double d)
{
    Float *f = gc_alloc(sizeof(Float), GC_NOSCAN);
    if (!f) return err_no_memory();
    f->base.type = &type_float;
    f->value = d;
    return (value_t)f;
}

bool num_to_double(value_t v, double *out)
{
    v = obj_unbox(v);
    if (float_check(v)) {
        *out = float_value(v);
        return true;
    }
    if (int_like(v)) return int_to_double(v, out);
    if (value_is_obj(v) && type_lookup(obj_type(v), str_intern_cstr("__float__"))) {
        value_t r = obj_call_method(v, str_intern_cstr("__float__"), 0, NULL);
        if (!r) return false;
        if (!float_check(r)) return err_raise(&type_TypeError, "__float__ returned non-float (type %T)", r) != VALUE_NULL;
        *out = float_value(r);
        return true;
    }
    err_raise(&type_TypeError, "must be real number, not %T", v);
    return false;
}

value_t float_from_string(const char *s, size_t n)
{
    double d;
    if (numfmt_parse_float(s, n, &d)) return float_new(d);
    value_t text = str_new(s, n);
    return text ? err_raise(&type_ValueError, "could not convert string to float: %R", text) : VALUE_NULL;
}

static value_t float_repr(value_t v)
{
    char buf[NUMFMT_REPR_SIZE];
    size_t n = numfmt_float_repr(float_value(v), buf);
    return str_new(buf, n);
}

small_int_t num_hash_double(double d)
{
    return value_to_small(num_hash_value(bigint_hash_double(d)));
}

static value_t float_hash(value_t v)
{
    double d = float_value(v);
    if (isnan(d)) return value_from_small((small_int_t)(v >> 4));
    return num_hash_value(bigint_hash_double(d));
}

static int float_truthy(value_t v) { return float_value(v) != 0.0; }

static bool operand(value_t v, double *out)
{
    if (float_check(v)) {
        *out = float_value(v);
        return true;
    }
    return int_to_double(v, out);
}

/* Python's float modulo: the result has the divisor's sign. */
static double float_mod(double x, double y)
{
    double m = fmod(x, y);
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) m += y;
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

static double float_floordiv(double x, double y)
{
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m != 0.0 && ((y < 0) != (m < 0))) div -= 1.0;
    if (div != 0.0) {
        double f = floor(div);
        if (div - f > 0.5) f += 1.0;
        return f;
    }
    return copysign(0.0, x / y);
}

static value_t float_pow(double x, double y)
{
    if (x == 0.0 && y < 0.0) return err_raise(&type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (x < 0.0 && y != floor(y) && isfinite(y))
        return err_raise(&type_ValueError, "complex numbers are not supported");
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return err_raise(&type_OverflowError, "(34, 'Numerical result out of range')");
    return float_new(r);
}

value_t float_binary(value_t a, value_t b, int op)
{
    if ((!float_check(a) && !int_like(a)) || (!float_check(b) && !int_like(b))) return VALUE_NOTIMPL;
    double x, y;
    if (!operand(a, &x) || !operand(b, &y)) return VALUE_NULL;
    switch (op & ~OP_INPLACE) {
    case OP_ADD: return float_new(x + y);
    case OP_SUB: return float_new(x - y);
    case OP_MUL: return float_new(x * y);
    case OP_TRUEDIV:
        if (y == 0.0) return err_raise(&type_ZeroDivisionError, "float division by zero");
        return float_new(x / y);
    case OP_FLOORDIV:
        if (y == 0.0) return err_raise(&type_ZeroDivisionError, "float floor division by zero");
        return float_new(float_floordiv(x, y));
    case OP_MOD:
        if (y == 0.0) return err_raise(&type_ZeroDivisionError, "float modulo");
        return float_new(float_mod(x, y));
    case OP_POW: return float_pow(x, y);
    }
    return VALUE_NOTIMPL;
}

value_t float_fast_binary(value_t a, value_t b, int op)
{
    double x, y;
    if (float_check(a)) x = float_value(a);
    else if (value_is_int(a)) x = (double)value_to_small(a);
    else return VALUE_NOTIMPL;
    if (float_check(b)) y = float_value(b);
    else if (value_is_int(b) && float_check(a)) y = (double)value_to_small(b);
    else return VALUE_NOTIMPL;
    switch (op & ~OP_INPLACE) {
    case OP_ADD: return float_new(x + y);
    case OP_SUB: return float_new(x - y);
    case OP_MUL: return float_new(x * y);
    case OP_TRUEDIV:
        if (y != 0.0) return float_new(x / y);
    }
    return VALUE_NOTIMPL;
}

value_t float_divmod(value_t a, value_t b)
{
    double x, y;
    if (!operand(a, &x) || !operand(b, &y)) return VALUE_NULL;
    if (y == 0.0) return err_raise(&type_ZeroDivisionError, "float divmod()");
    value_t q = float_new(float_floordiv(x, y));
    value_t r = q ? float_new(float_mod(x, y)) : VALUE_NULL;
    return r ? tuple_pack2(q, r) : VALUE_NULL;
}

static value_t float_unary(value_t a, int uop)
{
    switch (uop) {
    case UOP_NEG: return float_new(-float_value(a));
    case UOP_POS: return a;
    }
    return VALUE_NOTIMPL;
}

static int compare_doubles(double x, double y, int cmp)
{
    switch (cmp) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

/* Comparisons with an int are exact (2**53 + 1 != 2.0**53). */
value_t float_compare(value_t a, value_t b, int cmp)
{
    if (float_check(a) && float_check(b)) return value_from_bool(compare_doubles(float_value(a), float_value(b), cmp));
    if (float_check(a) && int_like(b)) {
        int c = int_compare_double(b, float_value(a));
        if (c == 2) return value_from_bool(cmp == CMP_NE);
        return value_from_bool(compare_doubles(0, c, cmp)); /* a vs b is the reverse of b vs a */
    }
    if (int_like(a) && float_check(b)) {
        int c = int_compare_double(a, float_value(b));
        if (c == 2) return value_from_bool(cmp == CMP_NE);
        return value_from_bool(compare_doubles(c, 0, cmp));
    }
    return VALUE_NOTIMPL;
}

static value_t float_make(const Type *cls, int argc, const value_t *args, value_t kwnames)
{
    if (!arg_check_no_kw("float", kwnames)) return VALUE_NULL;
    if (argc > 1) return err_raise(&type_TypeError, "float expected at most 1 argument, got %d", argc);
    if (argc == 0) return float_new(0.0);
    value_t x = args[0];
    if (float_check(x)) return x;
    if (str_check(x)) return float_from_string(str_data(x), str_len(x));
    const Type *t = obj_type(x);
    if (t == &type_bytes || t == &type_bytearray) {
        size_t n;
        const char *p = (const char *)obj_buffer(x, &n, false);
        double d;
        if (numfmt_parse_float(p, n, &d)) return float_new(d);
        return err_raise(&type_ValueError, "could not convert string to float: %R", x);
    }
    if (!int_like(x) && !type_lookup(t, str_intern_cstr("__float__")) && !type_lookup(t, str_intern_cstr("__index__")))
        return err_raise(&type_TypeError, "float() argument must be a string or a real number, not '%T'", x);
    if (!int_like(x) && !type_lookup(t, str_intern_cstr("__float__"))) {
        x = obj_call_method(x, str_intern_cstr("__index__"), 0, NULL);
        if (!x) return VALUE_NULL;
    }
    double d;
    return num_to_double(x, &d) ? float_new(d) : VALUE_NULL;
}

value_t float_format(value_t v, const char *spec_text, size_t n)
{
    double d;
    if (!num_to_double(v, &d)) return VALUE_NULL;
    NumfmtSpec spec;
    NumfmtBuf out;
    NumfmtErr e = numfmt_parse_spec(spec_text, n, 0, &spec);
    if (e == NUMFMT_OK) e = num_format_buffer(&out) ? numfmt_format_float(&out, &spec, d) : NUMFMT_NOMEM;
    return num_format_result(e, &out, &spec, spec_text, n, "float");
}

static value_t float_is_integer_fn(value_t self)
{
    double d = float_value(self);
    return value_from_bool(isfinite(d) && d == floor(d));
}
static BUILTIN_FIX(float_is_integer, "is_integer", 1, float_is_integer_fn);

static value_t float_as_integer_ratio_fn(value_t self)
{
    double d = float_value(self);
    if (isinf(d)) return err_raise(&type_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return err_raise(&type_ValueError, "cannot convert NaN to integer ratio");
    int exp;
    double m = frexp(d, &exp);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        exp--;
    }
    value_t num = int_from_double(m);
    value_t den = value_from_small(1);
    if (!num) return VALUE_NULL;
    value_t shift = value_from_small(exp < 0 ? -exp : exp);
    if (exp > 0) num = int_binary(num, shift, OP_LSHIFT);
    else den = int_binary(den, shift, OP_LSHIFT);
    return num && den ? tuple_pack2(num, den) : VALUE_NULL;
}
static BUILTIN_FIX(float_as_integer_ratio, "as_integer_ratio", 1, float_as_integer_ratio_fn);

static value_t float_real_fn(value_t self) { return self; }
static value_t float_imag_fn(value_t self) { return float_new(0.0); }
static BUILTIN_FIX(float_real_get, "real", 1, float_real_fn);
static BUILTIN_FIX(float_imag_get, "imag", 1, float_imag_fn);
static const Property float_real = { { &type_property }, (value_t)&float_real_get, VALUE_NULL, VALUE_NULL };
static const Property float_imag = { { &type_property }, (value_t)&float_imag_get, VALUE_NULL, VALUE_NULL };

static const AttrDef float_methods[] = {
    ATTR_OBJ("real", &float_real),
    ATTR_OBJ("imag", &float_imag),
    ATTR_OBJ("is_integer", &float_is_integer),
    ATTR_OBJ("as_integer_ratio", &float_as_integer_ratio),
    ATTR_END,
};

Type type_float = {
    .base = { &type_type },
    .cname = "float",
    .methods = float_methods,
    .flags = TYPE_BASETYPE,
    .make = float_make,
    .repr = float_repr,
    .hash = float_hash,
    .compare = float_compare,
    .binary = float_binary,
    .unary = float_unary,
    .truthy = float_truthy,
};
