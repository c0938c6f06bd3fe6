/*
 * mod_struct.c — the struct module: pack, unpack, calcsize, pack_into,
 * unpack_from, with CPython's format syntax (byte order prefix @ = < > !,
 * repeat counts, x padding, s strings, native alignment for '@').
 */
#include <string.h>

#include "modules.h"
#include "packing.h"

#include "bytes.h"
#include "dict.h"
#include "gc.h"
#include "err.h"
#include "list.h"
#include "str.h"

/* struct.error, a subclass of Exception made at first import. */
static value_t struct_error;
#define STRUCT_ERROR ((const Type *)struct_error)

typedef struct Format {
    const char *p, *end;
    bool native;   /* '@': native sizes and alignment */
    bool little;
} Format;

static bool format_begin(value_t fmt, Format *f)
{
    if (str_check(fmt)) {
        f->p = str_data(fmt);
        f->end = f->p + str_len(fmt);
    } else {
        size_t n;
        uint8_t *b = obj_buffer(fmt, &n, false);
        if (!b) return false;
        f->p = (const char *)b;
        f->end = f->p + n;
    }
    f->native = true;
    f->little = packing_native_little();
    if (f->p < f->end) {
        switch (*f->p) {
        case '@': f->p++; break;
        case '=': f->native = false; f->p++; break;
        case '<': f->native = false; f->little = true; f->p++; break;
        case '>': case '!': f->native = false; f->little = false; f->p++; break;
        }
    }
    return true;
}

/* Next item: its code and repeat count; false at the end or on error (check err_occurred). */
static bool format_next(Format *f, char *code, size_t *count)
{
    while (f->p < f->end && (*f->p == ' ' || *f->p == '\t')) f->p++;
    if (f->p >= f->end) return false;
    size_t n = 0;
    bool has_count = false;
    while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
        n = n * 10 + (size_t)(*f->p++ - '0');
        has_count = true;
    }
    if (f->p >= f->end) {
        err_raise(STRUCT_ERROR, "repeat count given without format specifier");
        return false;
    }
    *code = *f->p++;
    *count = has_count ? n : 1;
    if (!packing_size(*code, f->native)) {
        err_raise(STRUCT_ERROR, "bad char in struct format");
        return false;
    }
    return true;
}

static size_t align_to(size_t off, size_t size, const Format *f)
{
    if (!f->native || size <= 1) return off;
    return (off + size - 1) / size * size;
}

/* Total size and the number of values the format takes; -1 on error. */
static bool format_measure(value_t fmt, size_t *size, size_t *nvalues)
{
    Format f;
    if (!format_begin(fmt, &f)) return false;
    char code;
    size_t count, off = 0, nv = 0;
    while (format_next(&f, &code, &count)) {
        size_t sz = packing_size(code, f.native);
        off = align_to(off, sz, &f);
        off += sz * count;
        if (code == 's') nv++;
        else if (code != 'x') nv += count;
    }
    if (err_occurred()) return false;
    *size = off;
    *nvalues = nv;
    return true;
}

static value_t struct_calcsize_fn(value_t fmt)
{
    size_t size, nv;
    return format_measure(fmt, &size, &nv) ? value_from_small((small_int_t)size) : VALUE_NULL;
}
static BUILTIN_FIX(struct_calcsize, "calcsize", 1, struct_calcsize_fn);

static bool pack_into_buffer(value_t fmt, uint8_t *buf, int argc, const value_t *args)
{
    Format f;
    if (!format_begin(fmt, &f)) return false;
    char code;
    size_t count, off = 0;
    int ai = 0;
    while (format_next(&f, &code, &count)) {
        size_t sz = packing_size(code, f.native);
        off = align_to(off, sz, &f);
        if (code == 'x') {
            off += count;
            continue;
        }
        if (code == 's') {
            size_t n;
            uint8_t *src = obj_buffer(args[ai++], &n, false);
            if (!src) {
                err_clear();
                err_raise(STRUCT_ERROR, "argument for 's' must be a bytes object");
                return false;
            }
            memcpy(buf + off, src, n < count ? n : count);
            off += count;
            continue;
        }
        for (size_t i = 0; i < count; i++, off += sz) {
            if (packing_store(buf + off, code, sz, f.little, args[ai++])) continue;
            /* Integers out of range are struct.error here (OverflowError in array). */
            if (code != 'f' && code != 'd' && err_matches(&type_OverflowError)) {
                value_t e = err_fetch();
                err_raise(STRUCT_ERROR, "%S", e);
            }
            return false;
        }
    }
    return !err_occurred();
}

static value_t struct_pack_fn(int argc, const value_t *args)
{
    size_t size, nv;
    if (!format_measure(args[0], &size, &nv)) return VALUE_NULL;
    if ((size_t)(argc - 1) != nv)
        return err_raise(STRUCT_ERROR, "pack expected %d items for packing (got %d)", (int)nv, argc - 1);
    value_t b = bytes_new(NULL, size);
    if (!b || !pack_into_buffer(args[0], BYTES(b)->data, argc - 1, args + 1)) return VALUE_NULL;
    return b;
}
static BUILTIN_VAR(struct_pack, "pack", 1, ARGS_MANY, struct_pack_fn);

/* The values are packed apart first, then copied: converting them may run
 * Python code (__index__, __float__...) that resizes the target buffer.
 * Small records use the stack, so that a hard IRQ handler can pack into a
 * preallocated buffer. */
static value_t struct_pack_into_fn(int argc, const value_t *args)
{
    size_t size, nv, len;
    small_int_t off;
    if (argc < 3 || !format_measure(args[0], &size, &nv)) return argc < 3 ? err_raise(&type_TypeError, "pack_into expected buffer argument") : VALUE_NULL;
    if (!obj_buffer(args[1], &len, true) || !obj_get_index(args[2], &off)) return VALUE_NULL;
    if ((size_t)(argc - 3) != nv)
        return err_raise(STRUCT_ERROR, "pack_into expected %d items for packing (got %d)", (int)nv, argc - 3);
    uint8_t small[64];
    uint8_t *packed = size <= sizeof small ? small : gc_alloc(size, GC_NOSCAN);
    if (!packed) return err_no_memory();
    memset(packed, 0, size);
    if (!pack_into_buffer(args[0], packed, argc - 3, args + 3)) return VALUE_NULL;
    uint8_t *buf = obj_buffer(args[1], &len, true); /* now, after the conversions */
    if (!buf) return VALUE_NULL;
    if (off < 0) off += (small_int_t)len;
    if (off < 0 || (size_t)off + size > len)
        return err_raise(STRUCT_ERROR, "pack_into requires a buffer of at least %d bytes", (int)(size + (size_t)off));
    memcpy(buf + off, packed, size);
    return VALUE_NONE;
}
static BUILTIN_VAR(struct_pack_into, "pack_into", 3, ARGS_MANY, struct_pack_into_fn);

static value_t unpack_at(value_t fmt, value_t data, small_int_t offset, bool exact)
{
    size_t size, nv, len;
    if (!format_measure(fmt, &size, &nv)) return VALUE_NULL;
    const uint8_t *buf = obj_buffer(data, &len, false);
    if (!buf) return VALUE_NULL;
    if (offset < 0) offset += (small_int_t)len;
    if (exact && len != size)
        return err_raise(STRUCT_ERROR, "unpack requires a buffer of %d bytes", (int)size);
    if (offset < 0 || (size_t)offset + size > len)
        return err_raise(STRUCT_ERROR, "unpack_from requires a buffer of at least %d bytes", (int)(size + (size_t)offset));
    buf += offset;
    value_t result = tuple_new(nv);
    if (!result) return VALUE_NULL;
    Format f;
    format_begin(fmt, &f);
    char code;
    size_t count, off = 0, vi = 0;
    while (format_next(&f, &code, &count)) {
        size_t sz = packing_size(code, f.native);
        off = align_to(off, sz, &f);
        if (code == 'x') {
            off += count;
            continue;
        }
        if (code == 's') {
            value_t b = bytes_new(buf + off, count);
            if (!b) return VALUE_NULL;
            TUPLE(result)->items[vi++] = b;
            off += count;
            continue;
        }
        for (size_t i = 0; i < count; i++, off += sz) {
            value_t v = packing_load(buf + off, code, sz, f.little);
            if (!v) return VALUE_NULL;
            TUPLE(result)->items[vi++] = v;
        }
    }
    return result;
}

static value_t struct_unpack_fn(value_t fmt, value_t data) { return unpack_at(fmt, data, 0, true); }
static BUILTIN_FIX(struct_unpack, "unpack", 2, struct_unpack_fn);

static value_t struct_unpack_from_fn(int argc, const value_t *args, value_t kwnames)
{
    static const char *const names[] = { "format", "buffer", "offset", NULL };
    value_t a[3];
    small_int_t off = 0;
    if (!arg_parse("unpack_from", argc, args, kwnames, names, 3, a)) return VALUE_NULL;
    if (!a[0] || !a[1]) return err_raise(&type_TypeError, "unpack_from() missing required argument");
    if (a[2] && !obj_get_index(a[2], &off)) return VALUE_NULL;
    return unpack_at(a[0], a[1], off, false);
}
static BUILTIN_KW(struct_unpack_from, "unpack_from", 2, 3, struct_unpack_from_fn);

static const AttrDef struct_attrs[] = {
    ATTR_OBJ("calcsize", &struct_calcsize),
    ATTR_OBJ("pack", &struct_pack),
    ATTR_OBJ("pack_into", &struct_pack_into),
    ATTR_OBJ("unpack", &struct_unpack),
    ATTR_OBJ("unpack_from", &struct_unpack_from),
    ATTR_END,
};

static bool struct_init(value_t module)
{
    value_t base = type_value(&type_Exception);
    value_t args[3] = { str_intern_cstr("error"), tuple_from(1, &base), dict_new(0) };
    if (!args[1] || !args[2] || !dict_set_cstr(args[2], "__module__", str_intern_cstr("struct"))) return false;
    gc_add_root(&struct_error);
    struct_error = obj_call(type_value(&type_type), 3, args, VALUE_NULL);
    return struct_error && dict_set_cstr(((Module *)module)->dict, "error", struct_error);
}

const ModuleDef module_struct = { "struct", struct_attrs, struct_init };
