/*
 * dis_main.c — compiles a Python file (or -c text) with the irqpy compiler
 * and prints the disassembly of every code object; for checking the code
 * generator by eye. Links with the whole core (all of vm/ and modules/)
 * and the host port, minus the host's main.c:
 *     dis_main [-c code | file.py]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "compile.h"
#include "err.h"
#include "gc.h"
#include "port.h"
#include "str.h"
#include "vm.h"

int main(int argc, char **argv)
{
    char here;
    port_stack_top = &here;
    if (argc < 2)
        return 2;
    size_t heap_size = 4u << 20;
    void *heap = malloc(heap_size);
    gc_init(heap, heap_size);
    if (!str_init() || !type_init_builtins() || !vm_init())
        return 1;
    const char *src = argv[1];
    size_t len = 0;
    const char *name = "<string>";
    if (strcmp(argv[1], "-c") == 0 && argc > 2) {
        src = argv[2];
        len = strlen(src);
    } else {
        src = port_read_file(argv[1], &len);
        name = argv[1];
        if (!src)
            return 2;
    }
    value_t code = compile_source(src, len, name, COMPILE_MODULE, NULL);
    if (!code) {
        exc_print(err_fetch());
        return 1;
    }
    code_disassemble(CODE(code));
    return 0;
}
