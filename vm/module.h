/*
 * module.h — module objects, the table of built-in modules and import.
 */
#ifndef IRQPY_MODULE_H
#define IRQPY_MODULE_H

#include "object.h"

typedef struct Module {
    Object base;     /* &type_module */
    value_t name;    /* str */
    value_t dict;    /* Dict (the module's globals) */
} Module;

/* A built-in module: its attribute table and an optional initialiser run
 * once at first import (for values that must be built at run time). */
typedef struct ModuleDef {
    const char *name;
    const AttrDef *attrs;
    bool (*init)(value_t module);
} ModuleDef;

/* NULL-terminated list of built-in modules (modules/modules.c). */
extern const ModuleDef *const module_builtin_table[];

value_t module_new(value_t name);
/* import name (dotted names: package support is not required); searches
 * sys.modules, the built-in table, then `<dir>/<name>.py` for each dir in sys.path. */
value_t module_import(value_t name);
/* Compile and run source as module __main__ (or `name`) in a fresh dict. */
value_t module_run_source(const char *src, size_t len, const char *filename, value_t globals);

#endif
