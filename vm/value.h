/*
 * value.h — the one-word value representation of irqpy (ARCHITECTURE decision 1).
 *
 * A value_t is a machine word (32 bits on Cortex-M, 64 on the host):
 *
 *   ...xxxxxxx1   small int, the signed integer is (word >> 1)
 *   ...xxxxx000   pointer to a heap or static Object (aligned to 8); 0 is VALUE_NULL
 *   ...xxxxx010   immediate constant: None, False, True, Ellipsis, NotImplemented
 *                 and the VM's internal sentinels
 *
 * VALUE_NULL is never a Python value: a function returning value_t returns it
 * to say "an exception is set" (see err.h). Small-int arithmetic never
 * allocates; results that do not fit become big ints (int.c).
 */
#ifndef IRQPY_VALUE_H
#define IRQPY_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uintptr_t value_t;
typedef intptr_t small_int_t;

#define VALUE_NULL ((value_t)0)

/* Immediates: (n << 3) | 2. Order matters: False and True differ by one bit. */
#define VALUE_IMM(n) ((value_t)(((n) << 3) | 2))
#define VALUE_NONE VALUE_IMM(0)
#define VALUE_FALSE VALUE_IMM(1)
#define VALUE_TRUE VALUE_IMM(3)
#define VALUE_ELLIPSIS VALUE_IMM(4)
#define VALUE_NOTIMPL VALUE_IMM(5)
/* Internal sentinels, never visible to Python code. */
#define VALUE_STOP VALUE_IMM(6)   /* iterator exhausted, no exception set */
#define VALUE_UNBOUND VALUE_IMM(7) /* empty local slot / deleted name */

static inline bool value_is_int(value_t v) { return (v & 1) != 0; }
static inline bool value_is_obj(value_t v) { return (v & 7) == 0 && v != 0; }
static inline bool value_is_imm(value_t v) { return (v & 7) == 2; }

/* Small ints keep one bit for the tag: 31-bit on Cortex-M, 63-bit on the host. */
#define SMALL_INT_MAX ((small_int_t)(INTPTR_MAX >> 1))
#define SMALL_INT_MIN ((small_int_t)(INTPTR_MIN >> 1))

static inline bool small_int_fits(int64_t n) { return n >= SMALL_INT_MIN && n <= SMALL_INT_MAX; }
static inline value_t value_from_small(small_int_t n) { return ((value_t)n << 1) | 1; }
static inline small_int_t value_to_small(value_t v) { return (small_int_t)v >> 1; }

static inline value_t value_from_bool(bool b) { return b ? VALUE_TRUE : VALUE_FALSE; }

#define VALUE_FROM_PTR(p) ((value_t)(p))
#define VALUE_TO_PTR(v) ((void *)(v))

#endif
