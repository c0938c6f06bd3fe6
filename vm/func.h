/*
 * func.h — functions, closures' cells, bound methods, generators.
 *
 * Calling a Function binds the arguments into the local slots of a new
 * frame (func.c) and runs it in the VM (vm.c); a generator function's call
 * returns a Generator that owns its frame (gen.c).
 */
#ifndef IRQPY_FUNC_H
#define IRQPY_FUNC_H

#include "code.h"

typedef struct Function {
    Object base;        /* &type_function */
    value_t code;       /* Code */
    value_t globals;    /* Dict of the defining module */
    value_t defaults;   /* tuple or VALUE_NULL */
    value_t kwdefaults; /* dict or VALUE_NULL */
    value_t closure;    /* tuple of Cells or VALUE_NULL */
    value_t dict;       /* function attributes, VALUE_NULL until set */
    value_t name;       /* __name__ (a decorator may change it) */
    value_t qualname;   /* __qualname__ */
} Function;

typedef struct Cell {
    Object base;        /* &type_cell */
    value_t value;      /* VALUE_UNBOUND when empty */
} Cell;

typedef struct BoundMethod {
    Object base;        /* &type_boundmethod */
    value_t self;
    value_t func;
} BoundMethod;

typedef struct Property {
    Object base;        /* &type_property */
    value_t fget, fset, fdel;  /* VALUE_NULL when absent */
} Property;

#define FUNCTION(v) ((Function *)(v))

static inline bool func_check(value_t v)
{
    return value_is_obj(v) && OBJ(v)->type == &type_function;
}

value_t func_new(value_t code, value_t globals);
value_t cell_new(value_t v);
value_t boundmethod_new(value_t self, value_t func);

struct Frame;
/* Generator: owns its frame (allocated in the same heap block, after it). */
typedef struct Generator {
    Object base;         /* &type_generator */
    struct Frame *frame; /* NULL once finished */
    value_t name;
    uint8_t running;     /* guards against re-entry ("generator already executing") */
} Generator;

/* Resume a generator with `sent` (VALUE_NONE for next()). Returns the yielded
 * value with *done = false, or the return value with *done = true (no
 * StopIteration is created: the caller decides), or VALUE_NULL on exception.
 * `throw` non-NULL raises that exception at the yield instead. */
value_t gen_resume(value_t gen, value_t sent, value_t throw_exc, bool *done);

/* The value a StopIteration carries (its `value`, else args[0], else None). */
value_t gen_stop_value(value_t stop_iteration);

/* Interned names used by func.c, gen.c and module.c; called by vm_init. */
bool func_init(void);
bool gen_init(void);
bool module_init(void);

#endif
