/*
 * bytes.h — bytes (immutable, bytes inline) and bytearray (mutable, growable).
 * Both provide the buffer slot; the str-like methods are shared with str
 * (str_text.c, declared in str.h).
 */
#ifndef IRQPY_BYTES_H
#define IRQPY_BYTES_H

#include "object.h"

typedef struct Bytes {
    Object base;
    uint32_t hash;
    uint32_t len;
    uint8_t data[];
} Bytes;

typedef struct ByteArray {
    Object base;
    uint32_t len, cap;
    uint8_t *items;   /* GC_NOSCAN block */
} ByteArray;

#define BYTES(v) ((Bytes *)(v))
#define BYTEARRAY(v) ((ByteArray *)(v))

value_t bytes_new(const uint8_t *data, size_t n);
value_t bytearray_new(const uint8_t *data, size_t n);
bool bytearray_append(value_t ba, uint8_t byte);

/* The iterator of bytes and bytearray, and memoryview: static types to
 * register at start-up (memoryview also in the builtins module). */
extern Type type_bytes_iterator, type_memoryview;

#endif
