/*
 * err.h — exceptions without setjmp (ARCHITECTURE decision 2).
 *
 * A failing C function sets the current exception with one of the err_*
 * calls below and returns a sentinel (VALUE_NULL, -1 or false); callers
 * check and propagate. The current exception lives in vm_state.exc (vm.h)
 * so that the interrupt dispatcher can save and restore it around a handler.
 *
 * err_raise() allocates the message; when that is impossible (heap locked
 * in a hard IRQ, heap full) it falls back to a preallocated instance of the
 * same kind so an error is never lost.
 *
 * Raising while an exception is being handled (vm_state.handled_exc) sets
 * the new exception's __context__, as CPython does; err_restore does not.
 */
#ifndef IRQPY_ERR_H
#define IRQPY_ERR_H

#include <stdarg.h>
#include "object.h"

/* Layout of every exception instance (built-in or user subclass). The dict
 * is at word 1 like Instance (class.c), so user subclasses can add attributes. */
typedef struct Exception {
    Object base;
    value_t dict;       /* instance attributes, VALUE_NULL until first set */
    value_t args;       /* tuple */
    value_t traceback;  /* flat list code, line, code, line... appended while unwinding, or VALUE_NULL */
    value_t cause;      /* __cause__ (raise ... from ...), VALUE_NULL if none, None after `from None` */
    value_t context;    /* __context__: exception being handled when raised */
    value_t value;      /* StopIteration.value; unused by the others */
} Exception;

/* The standard hierarchy (exc.c). */
extern Type type_BaseException, type_Exception, type_SystemExit, type_KeyboardInterrupt,
    type_GeneratorExit, type_StopIteration, type_ArithmeticError, type_ZeroDivisionError,
    type_OverflowError, type_LookupError, type_IndexError, type_KeyError, type_ValueError,
    type_UnicodeError, type_TypeError, type_AttributeError, type_NameError,
    type_UnboundLocalError, type_RuntimeError, type_RecursionError, type_NotImplementedError,
    type_MemoryError, type_AssertionError, type_OSError, type_ImportError,
    type_SyntaxError, type_IndentationError, type_EOFError,
    type_ModuleNotFoundError, type_UnicodeDecodeError, type_UnicodeEncodeError, type_TabError,
    type_FileNotFoundError, type_TimeoutError, type_StopAsyncIteration;

/* All of them, NULL-terminated (type_init_builtins, the builtins module). */
extern Type *const exc_types[];

#define EXC(v) ((Exception *)(v))
static inline bool exc_check(value_t v)
{
    return value_is_obj(v) && (OBJ(v)->type->flags & TYPE_EXCEPTION);
}

/* Raise type(message formatted). Format directives: %s (C string), %d (int),
 * %u (unsigned), %ld (long), %zu (size_t), %c (char), %% and three for values:
 * %R repr(v), %S str(v), %T type name of v. Always returns VALUE_NULL. */
value_t err_raise(const Type *type, const char *fmt, ...);
value_t err_vraise(const Type *type, const char *fmt, va_list ap);
value_t err_raise_value(value_t exc);        /* exc: instance or exception class */
/* Raise type(*args) (KeyError(key), StopIteration(v)...); falls back to the
 * preallocated instance like err_raise when nothing can be allocated. */
value_t err_raise_args(const Type *type, int argc, const value_t *args);
value_t err_no_memory(void);                 /* a static MemoryError */
/* A static exception (raised where the heap is locked) stays unchanged
 * while pinned: an IRQ report waits to print it. No-op for the others. */
void exc_pin(value_t exc, bool pinned);
/* A hard handler's static exceptions are its own until it returns: the
 * dispatcher releases those of nesting level `depth` (when any is held). */
extern volatile unsigned exc_irq_held;
void exc_irq_release(unsigned depth);
value_t err_stop_iteration(value_t value);   /* StopIteration(value) for generator returns */

bool err_occurred(void);
value_t err_fetch(void);                     /* takes the exception and clears the slot */
void err_restore(value_t exc);               /* sets it again (after err_fetch) */
void err_clear(void);
bool err_matches(const Type *t);             /* current exception is an instance of t */
/* `except X:`: X an exception class or a tuple of them, else TypeError */
bool exc_valid_class(value_t type_or_tuple);
bool exc_matches(value_t exc, value_t type_or_tuple); /* X is valid */

value_t exc_new(const Type *t, int argc, const value_t *args);
/* Appends one entry (a Code and a line) to exc's traceback; entries go
 * innermost first, as the VM unwinds. Never disturbs the current
 * exception: false (entry dropped) when memory is short or the heap locked. */
bool exc_add_traceback(value_t exc, value_t code, int line);
/* `raise exc from cause`: cause is an exception instance or class, or None
 * (suppresses the context in tracebacks). False with TypeError otherwise. */
bool exc_set_cause(value_t exc, value_t cause);
/* Preallocated instances and interned names; called by type_init_builtins. */
bool exc_init(void);

/* Prints "Traceback (most recent call last):", its entries and "Type: msg"
 * through the port's console (port.h); used by the REPL, main and IRQ reports. */
void exc_print(value_t exc);

#endif
