/*
 * packing.c — scalar <-> bytes conversions for struct and array.
 */
#include <math.h>
#include <string.h>

#include "packing.h"

#include "bytes.h"
#include "err.h"
#include "num.h"

bool packing_native_little(void)
{
    uint16_t probe = 1;
    return *(uint8_t *)&probe == 1;
}

size_t packing_size(char code, bool native)
{
    switch (code) {
    case 'b': case 'B': case 'c': case 'x': case '?': case 's': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? sizeof(long) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'P': case 'n': case 'N': return sizeof(void *);
    default: return 0;
    }
}

static void put_bytes(uint8_t *p, uint64_t u, size_t size, bool little)
{
    for (size_t i = 0; i < size; i++) {
        size_t at = little ? i : size - 1 - i;
        p[at] = (uint8_t)(u >> (8 * i));
    }
}

static uint64_t get_bytes(const uint8_t *p, size_t size, bool little)
{
    uint64_t u = 0;
    for (size_t i = 0; i < size; i++) {
        size_t at = little ? i : size - 1 - i;
        u |= (uint64_t)p[at] << (8 * i);
    }
    return u;
}

static bool is_signed(char code) { return code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n'; }

static bool store_int(uint8_t *p, char code, size_t size, bool little, value_t v)
{
    if (!int_check(v) && v != VALUE_TRUE && v != VALUE_FALSE)
        return err_raise(&type_TypeError, "required argument is not an integer") != VALUE_NULL;
    if (v == VALUE_TRUE || v == VALUE_FALSE) v = value_from_small(v == VALUE_TRUE);
    bool sign = is_signed(code);
    int64_t n;
    if (!sign && size == 8) {
        uint64_t u;
        if (!int_to_u64(v, &u)) {
            if (!err_matches(&type_OverflowError)) return false;
            err_clear();
            goto range;
        }
        put_bytes(p, u, size, little);
        return true;
    }
    if (!int_to_i64(v, &n)) {
        if (!err_matches(&type_OverflowError)) return false;
        err_clear();
        goto range;
    }
    if (sign) {
        int64_t lo = size == 8 ? INT64_MIN : -((int64_t)1 << (8 * size - 1));
        int64_t hi = size == 8 ? INT64_MAX : ((int64_t)1 << (8 * size - 1)) - 1;
        if (n < lo || n > hi) goto range;
    } else {
        if (n < 0 || (size < 8 && (uint64_t)n >= ((uint64_t)1 << (8 * size)))) goto range;
    }
    put_bytes(p, (uint64_t)n, size, little);
    return true;
range:
    if (sign)
        err_raise(&type_OverflowError, "'%c' format requires %s <= number <= %s", code,
                  size == 1 ? "-128" : size == 2 ? "-32768" : size == 4 ? "-2147483648" : "-9223372036854775808",
                  size == 1 ? "127" : size == 2 ? "32767" : size == 4 ? "2147483647" : "9223372036854775807");
    else
        err_raise(&type_OverflowError, "'%c' format requires 0 <= number <= %s", code,
                  size == 1 ? "255" : size == 2 ? "65535" : size == 4 ? "4294967295" : "18446744073709551615");
    return false;
}

bool packing_store(uint8_t *p, char code, size_t size, bool little, value_t v)
{
    if (code == 'f' || code == 'd') {
        double d;
        if (!num_to_double(v, &d)) {
            err_clear();
            return err_raise(&type_TypeError, "required argument is not a float") != VALUE_NULL;
        }
        if (code == 'f') {
            float f = (float)d;
            if (isinf(f) && !isinf(d))
                return err_raise(&type_OverflowError, "float too large to pack with f format") != VALUE_NULL;
            uint32_t u;
            memcpy(&u, &f, 4);
            put_bytes(p, u, 4, little);
        } else {
            uint64_t u;
            memcpy(&u, &d, 8);
            put_bytes(p, u, 8, little);
        }
        return true;
    }
    if (code == 'c') {
        size_t n;
        uint8_t *b = value_is_obj(v) && (OBJ(v)->type == &type_bytes || OBJ(v)->type == &type_bytearray)
                         ? obj_buffer(v, &n, false) : NULL;
        if (!b || n != 1) return err_raise(&type_OverflowError, "char format requires a bytes object of length 1") != VALUE_NULL;
        *p = b[0];
        return true;
    }
    if (code == '?') {
        int t = obj_truthy(v);
        if (t < 0) return false;
        *p = (uint8_t)t;
        return true;
    }
    return store_int(p, code, size, little, v);
}

value_t packing_load(const uint8_t *p, char code, size_t size, bool little)
{
    uint64_t u = get_bytes(p, size, little);
    if (code == 'f') {
        uint32_t w = (uint32_t)u;
        float f;
        memcpy(&f, &w, 4);
        return float_new(f);
    }
    if (code == 'd') {
        double d;
        memcpy(&d, &u, 8);
        return float_new(d);
    }
    if (code == '?') return value_from_bool(u != 0);
    if (code == 'c') return bytes_new(p, 1);
    if (is_signed(code)) {
        if (size < 8 && (u >> (8 * size - 1)) & 1) u |= ~(uint64_t)0 << (8 * size);
        return int_from_i64((int64_t)u);
    }
    return int_from_u64(u);
}
