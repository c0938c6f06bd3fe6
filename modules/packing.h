/*
 * packing.h — reading and writing C scalar types in byte buffers, shared by
 * the struct and array modules.
 */
#ifndef IRQPY_PACKING_H
#define IRQPY_PACKING_H

#include "object.h"

/* Size in bytes of a type code (b B h H i I l L q Q f d e? ...) in native
 * ('@') or standard (false) mode; 0 for an unknown code. */
size_t packing_size(char code, bool native);
/* Stores v at p as `code`; little-endian when `little`. Raises like CPython
 * (struct.error is reported as ValueError/OverflowError here). */
bool packing_store(uint8_t *p, char code, size_t size, bool little, value_t v);
value_t packing_load(const uint8_t *p, char code, size_t size, bool little);
bool packing_native_little(void);

#endif
