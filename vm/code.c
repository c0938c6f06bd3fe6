/*
 * code.c — the code object type, the opcode tables generated from the
 * X-macro in opcodes.h (names, operand counts, stack effects), the line
 * table decoder used by tracebacks, and a disassembler for debugging.
 */
#include "code.h"

#include "err.h"
#include "list.h"
#include "opcodes.h"
#include "port.h"
#include "str.h"

const char *const opcode_names[OPCODE_COUNT] = {
#define OPCODE_NAME(name, nargs, doc) #name,
    OPCODE_LIST(OPCODE_NAME)
#undef OPCODE_NAME
};

const unsigned char opcode_nargs[OPCODE_COUNT] = {
#define OPCODE_NARGS(name, nargs, doc) nargs,
    OPCODE_LIST(OPCODE_NARGS)
#undef OPCODE_NARGS
};

/* Effects of the ops whose operand does not matter and that do not jump. */
static int fixed_effect(int op)
{
    switch (op) {
    case BC_DUP_TOP_TWO: case BC_GET_LOOP_ITER:
        return 2;
    case BC_DUP_TOP: case BC_LOAD_CONST: case BC_LOAD_NONE: case BC_LOAD_TRUE:
    case BC_LOAD_FALSE: case BC_LOAD_SMALL_INT: case BC_LOAD_FAST: case BC_LOAD_DEREF:
    case BC_LOAD_NAME: case BC_LOAD_GLOBAL: case BC_LOAD_METHOD: case BC_IMPORT_FROM:
    case BC_LOAD_BUILD_CLASS: case BC_LOAD_ASSERTION_ERROR: case BC_WITH_EXCEPT:
    case BC_CALL_LOCAL_METHOD:
        return 1;
    case BC_POP_TOP: case BC_STORE_FAST: case BC_STORE_DEREF: case BC_STORE_NAME:
    case BC_STORE_GLOBAL: case BC_DELETE_ATTR: case BC_LOAD_SUBSCR: case BC_BINARY_OP:
    case BC_COMPARE_OP: case BC_IS_OP: case BC_CONTAINS_OP: case BC_POP_EXCEPT:
    case BC_RERAISE: case BC_WITH_EXIT: case BC_RETURN_VALUE: case BC_YIELD_FROM:
    case BC_LIST_APPEND: case BC_SET_ADD: case BC_LIST_EXTEND: case BC_SET_UPDATE:
    case BC_DICT_UPDATE: case BC_DICT_MERGE: case BC_IMPORT_NAME: case BC_IMPORT_STAR:
    case BC_PRINT_EXPR:
        return -1;
    case BC_STORE_ATTR: case BC_DELETE_SUBSCR: case BC_MAP_ADD:
        return -2;
    case BC_STORE_SUBSCR:
        return -3;
    default:
        return 0;
    }
}

int opcode_stack_effect(int op, int arg, int jump)
{
    switch (op) {
    case BC_POP_JUMP_IF_FALSE: case BC_POP_JUMP_IF_TRUE:
        return -1;
    case BC_JUMP_IF_FALSE_OR_POP: case BC_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case BC_FOR_ITER:
        return jump ? -1 : 1;
    case BC_FOR_LOOP:
        return jump ? -3 : 1;
    case BC_GET_RANGE_LOOP:
        return 2 - arg;
    case BC_SETUP_EXCEPT:
        return jump ? 2 : 0;
    case BC_SETUP_WITH:
        return jump ? 2 : 1;
    case BC_BUILD_SLICE: case BC_BUILD_TUPLE: case BC_BUILD_LIST: case BC_BUILD_SET:
    case BC_BUILD_STRING:
        return 1 - arg;
    case BC_BUILD_MAP:
        return 1 - 2 * arg;
    case BC_RAISE:
        return -arg;
    case BC_CHECK_EXC_MATCH:
        return 1 - arg;
    case BC_CALL_FUNCTION:
        return -arg;
    case BC_CALL_FUNCTION_KW: case BC_CALL_METHOD:
        return -arg - 1;
    case BC_CALL_METHOD_KW:
        return -arg - 2;
    case BC_CALL_FUNCTION_EX:
        return -1 - (arg & 1);
    case BC_MAKE_FUNCTION:
        return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1));
    case BC_UNPACK_SEQUENCE:
        return arg - 1;
    case BC_UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
    case BC_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    default:
        return fixed_effect(op);
    }
}

int code_line(const Code *c, uint32_t pc)
{
    int line = c->firstline;
    uint32_t pos = 0;
    for (uint32_t i = 0; i + 1 < c->linetable_len; i += 2) {
        pos += c->linetable[i];
        if (pos > pc)
            break;
        line += (int8_t)c->linetable[i + 1];
    }
    return line;
}

/* ---- the type ---------------------------------------------------------- */

static value_t code_repr(value_t self)
{
    const Code *c = CODE(self);
    static const char hex[] = "0123456789abcdef";
    char addr[2 * sizeof(uintptr_t) + 1];
    uintptr_t p = (uintptr_t)self;
    for (int i = (int)sizeof addr - 2; i >= 0; i--, p >>= 4)
        addr[i] = hex[p & 15];
    addr[sizeof addr - 1] = '\0';
    StrBuf b;
    strbuf_init(&b, 64);
    strbuf_add_cstr(&b, "<code object ");
    strbuf_add_str(&b, c->name);
    strbuf_add_cstr(&b, " at 0x");
    strbuf_add_cstr(&b, addr);
    strbuf_add_cstr(&b, ", file \"");
    strbuf_add_str(&b, c->filename);
    strbuf_add_cstr(&b, "\", line ");
    strbuf_add_str(&b, value_from_small(c->firstline));
    strbuf_add_char(&b, '>');
    return strbuf_finish(&b);
}

Type type_code = {
    .base = { &type_type },
    .cname = "code",
    .repr = code_repr,
};

/* ---- disassembler ------------------------------------------------------ */

static void out(const char *s) { size_t n = 0; while (s[n]) n++; port_write(s, n); }

/* Right-aligned decimal in a field of `width`. */
static void out_int(long v, int width)
{
    char buf[24];
    int i = (int)sizeof buf - 1;
    bool neg = v < 0;
    unsigned long u = neg ? 0UL - (unsigned long)v : (unsigned long)v;
    buf[i] = '\0';
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg)
        buf[--i] = '-';
    for (int pad = width - ((int)sizeof buf - 1 - i); pad > 0; pad--)
        out(" ");
    out(buf + i);
}

static void out_repr(value_t v)
{
    value_t r = obj_repr(v);
    if (!r) {
        err_clear();
        out("?");
        return;
    }
    port_write(str_data(r), str_len(r));
}

static bool is_cache_op(int op)
{
    return op == BC_LOAD_GLOBAL || op == BC_LOAD_ATTR || op == BC_STORE_ATTR ||
           op == BC_LOAD_METHOD;
}

static bool is_name_op(int op)
{
    return op == BC_LOAD_NAME || op == BC_STORE_NAME || op == BC_DELETE_NAME ||
           op == BC_STORE_GLOBAL || op == BC_DELETE_GLOBAL || op == BC_DELETE_ATTR ||
           op == BC_IMPORT_NAME || op == BC_IMPORT_FROM;
}

static bool is_slot_op(int op)
{
    return op == BC_LOAD_FAST || op == BC_STORE_FAST || op == BC_DELETE_FAST ||
           op == BC_LOAD_DEREF || op == BC_STORE_DEREF || op == BC_DELETE_DEREF ||
           op == BC_MAKE_CELL;
}

/* The item of a tuple, or VALUE_NULL past its end. */
static value_t tuple_at(value_t t, unsigned i)
{
    return t && i < TUPLE(t)->len ? TUPLE(t)->items[i] : VALUE_NULL;
}

/* The meaning of operand `which` (0 or 1), in parentheses after it. */
static void out_operand_note(const Code *c, int op, int which, unsigned arg)
{
    value_t v = VALUE_NULL;
    if (op == BC_CALL_LOCAL_METHOD)
        v = which ? (arg < c->ncaches ? c->caches[arg].name : VALUE_NULL) : tuple_at(c->varnames, arg);
    else if (op == BC_LOAD_CONST)
        v = tuple_at(c->consts, arg);
    else if (is_cache_op(op) && arg < c->ncaches)
        v = c->caches[arg].name;
    else if (is_name_op(op))
        v = tuple_at(c->names, arg);
    else if (is_slot_op(op))
        v = tuple_at(c->varnames, arg);
    if (!v)
        return;
    out(" (");
    if (op == BC_LOAD_CONST)
        out_repr(v);
    else
        port_write(str_data(v), str_len(v));
    out(")");
}

void code_disassemble(const Code *c)
{
    out("Disassembly of ");
    out_repr((value_t)c);
    out(":\n  flags ");
    out_int(c->flags, 0);
    out(", args ");
    out_int(c->nargs, 0);
    out(", locals ");
    out_int(c->nlocals, 0);
    out(", free ");
    out_int(c->nfree, 0);
    out(", stack ");
    out_int(c->stacksize, 0);
    out(", blocks ");
    out_int(c->nblocks, 0);
    out("\n");
    int last_line = -1;
    for (uint32_t pc = 0; pc < c->size;) {
        int op = c->bytecode[pc];
        int line = code_line(c, pc);
        if (line != last_line)
            out_int(line, 5);
        else
            out("     ");
        last_line = line;
        out_int((long)pc, 7);
        out(" ");
        out(op < OPCODE_COUNT ? opcode_names[op] : "???");
        pc++;
        if (op >= OPCODE_COUNT)
            break;
        for (int i = 0; i < opcode_nargs[op]; i++, pc += 2) {
            unsigned arg = c->bytecode[pc] | (unsigned)c->bytecode[pc + 1] << 8;
            out(" ");
            out_int(op == BC_LOAD_SMALL_INT ? (long)(int16_t)arg : (long)arg, 0);
            out_operand_note(c, op, i, arg);
        }
        out("\n");
    }
    for (uint32_t i = 0; i < TUPLE(c->consts)->len; i++) {
        value_t k = TUPLE(c->consts)->items[i];
        if (value_is_obj(k) && OBJ(k)->type == &type_code) {
            out("\n");
            code_disassemble(CODE(k));
        }
    }
}
