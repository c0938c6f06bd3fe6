/*
 * modules.c — the table of built-in modules that `import` finds.
 */
#include "modules.h"

const ModuleDef *const module_builtin_table[] = {
    &module_builtins, &module_sys, &module_gc, &module_micropython, &module_time,
    &module_array, &module_struct, &module_pyb, &module_machine, NULL,
};
