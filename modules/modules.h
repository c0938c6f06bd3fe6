/*
 * modules.h — the built-in modules (one file each) and what the ports
 * need from them.
 */
#ifndef IRQPY_MODULES_H
#define IRQPY_MODULES_H

#include "module.h"

extern const ModuleDef module_builtins, module_sys, module_gc, module_micropython, module_time,
    module_array, module_struct;

/* sys.argv and sys.path[0] for the main program; call before the first import. */
void sys_configure(int argc, char **argv, const char *path0);

/* print() for the REPL and the VM: str(v) through the port. */
bool builtins_print_value(value_t v, bool repr);

#endif
