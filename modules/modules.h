/*
 * modules.h — the built-in modules (one file each) and what the ports
 * need from them.
 */
#ifndef IRQPY_MODULES_H
#define IRQPY_MODULES_H

#include "module.h"

extern const ModuleDef module_builtins, module_sys, module_gc, module_micropython, module_time,
    module_array, module_struct;
/* The timer modules with interrupt callbacks (irq/). */
extern const ModuleDef module_pyb, module_machine;
/* machine.disable_irq / enable_irq, also in pyb. */
extern const Builtin machine_disable_irq, machine_enable_irq;

/* Viper's pointer casts. Viper code runs as bytecode until the native
 * emitter exists, so these viper-only names are in builtins for now. */
extern const Builtin mp_ptr8, mp_ptr16, mp_ptr32;

/* sys.argv and sys.path[0] for the main program; call before the first import. */
void sys_configure(int argc, char **argv, const char *path0);

/* The port's stream behind a file object: 1 for sys.stdout, 2 for
 * sys.stderr, 0 for any other (print writes to those two directly). */
int sys_console_stream(value_t file);

/* print() for the REPL and the VM: str(v) through the port. */
bool builtins_print_value(value_t v, bool repr);

#endif
