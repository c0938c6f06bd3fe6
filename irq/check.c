/*
 * check.c — the registration-time check of hard IRQ handlers: a static
 * scan of the compiled code for operations that always allocate, which
 * fail with MemoryError in a hard handler (heap locked). One warning per
 * source line and kind; micropython.irq_check(False) turns it off.
 *
 * In a generator the code before the first yield runs at registration,
 * with the heap unlocked, so the scan starts at the first YIELD_VALUE.
 */
#include <stdio.h>
#include <string.h>

#include "irq.h"
#include "list.h"
#include "num.h"
#include "opcodes.h"
#include "port.h"
#include "str.h"

bool irq_check_enabled = true;

/* What the instruction at ip allocates, or NULL. */
static const char *allocation(const Code *c, const uint8_t *ip)
{
    unsigned arg = opcode_nargs[*ip] ? (unsigned)(ip[1] | ip[2] << 8) : 0;
    switch (*ip) {
    case BC_BUILD_LIST: return "building a list";
    case BC_BUILD_MAP: return "building a dict";
    case BC_BUILD_SET: return "building a set";
    case BC_BUILD_TUPLE: return arg ? "building a tuple" : NULL;
    case BC_BUILD_STRING: return "building a string";
    case BC_FORMAT_VALUE: return "formatting a value (f-string)";
    case BC_BUILD_SLICE: return "building a slice";
    case BC_LIST_TO_TUPLE: return "building a tuple";
    case BC_UNPACK_EX: return "starred assignment (builds a list)";
    case BC_MAKE_FUNCTION: return "creating a function or closure";
    case BC_MAKE_CELL: return "creating a closure cell";
    case BC_GET_ITER: return "iterating (creates an iterator)";
    case BC_CALL_FUNCTION_EX: return "call with *args/**kwargs";
    case BC_BINARY_OP: return (arg & ~OP_INPLACE) == OP_TRUEDIV ? "float division" : NULL;
    case BC_LOAD_CONST: {
        value_t k = TUPLE(c->consts)->items[arg];
        return float_check(k) ? "float arithmetic" : NULL;
    }
    default: return NULL;
    }
}

static void warn(const Code *c, int line, const char *what)
{
    char buf[200];
    const char *name = str_check(c->name) ? str_data(c->name) : "?";
    int n = snprintf(buf, sizeof buf, "Warning: hard IRQ handler '%s' allocates at line %d: %s\n", name, line, what);
    if (n > 0) port_write_err(buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

void irq_check_code(value_t code)
{
    const Code *c = CODE(code);
    const uint8_t *ip = c->bytecode, *end = ip + c->size;
    if (c->flags & CODE_GENERATOR) {
        while (ip < end && *ip != BC_YIELD_VALUE) ip += 1 + 2 * opcode_nargs[*ip];
    }
    int last_line = -1;
    const char *last_what = NULL;
    for (; ip < end; ip += 1 + 2 * opcode_nargs[*ip]) {
        const char *what = allocation(c, ip);
        if (!what) continue;
        int line = code_line(c, (uint32_t)(ip - c->bytecode));
        if (line == last_line && what == last_what) continue;
        warn(c, line, what);
        last_line = line;
        last_what = what;
    }
}
