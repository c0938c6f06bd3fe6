/*
 * module.c — module objects and `import`.
 *
 * A Module is a name and a dict (its globals). module_import looks in
 * sys.modules (vm_state.modules), then the table of built-in modules
 * (whose dict is built from an AttrDef table, then an optional init runs),
 * then `<dir>/<name>.py` for each dir of sys.path, compiled and run as a
 * module body. The module is in sys.modules while its body runs, so a
 * circular import sees the partly initialised module; a failed import
 * removes it again.
 */
#include <string.h>

#include "compile.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "list.h"
#include "module.h"
#include "port.h"
#include "str.h"
#include "vm.h"

static value_t s_name, s_file, s_dict, s_sys, s_path, s_path_attr, s_main;

bool module_init(void)
{
    return (s_name = str_intern_cstr("__name__")) && (s_file = str_intern_cstr("__file__")) &&
           (s_dict = str_intern_cstr("__dict__")) && (s_sys = str_intern_cstr("sys")) &&
           (s_path = str_intern_cstr("path")) &&
           (s_path_attr = str_intern_cstr("__path__")) && (s_main = str_intern_cstr("__main__"));
}

static value_t module_with_dict(value_t name, value_t dict)
{
    Module *m = GC_NEW(Module, &type_module);
    if (!m) return VALUE_NULL;
    m->name = name;
    m->dict = dict;
    return (value_t)m;
}

value_t module_new(value_t name)
{
    value_t d = dict_new(8);
    if (!d || !dict_set(d, s_name, name)) return VALUE_NULL;
    return module_with_dict(name, d);
}

/* Take a failed module out of sys.modules, keeping the exception. */
static value_t import_failed(value_t name)
{
    value_t exc = err_fetch();
    dict_del(vm_state.modules, name);
    err_clear();
    err_restore(exc);
    return VALUE_NULL;
}

static value_t load_builtin(const ModuleDef *def, value_t name)
{
    value_t m = module_new(name);
    if (!m) return VALUE_NULL;
    value_t d = ((Module *)m)->dict;
    for (const AttrDef *a = def->attrs; a && a->name; a++)
        if (!dict_set_cstr(d, a->name, a->value)) return VALUE_NULL;
    if (!dict_set(vm_state.modules, name, m)) return VALUE_NULL;
    if (def->init && !def->init(m)) return import_failed(name);
    return m;
}

/* sys.path, or [""] (the current directory) before sys exists. */
static value_t search_path(void)
{
    value_t sys = module_import(s_sys);
    if (!sys) err_clear();
    value_t path = sys ? obj_getattr_opt(sys, s_path) : VALUE_UNBOUND;
    if (path && path != VALUE_UNBOUND) return path;
    err_clear();
    return list_from(1, &str_empty);
}

/* Run a module's source; `pkgdir` (a str, or VALUE_NULL) makes it a package
 * whose submodules are searched there (__path__). */
static value_t run_file(value_t name, value_t file, value_t pkgdir, char *src, size_t len)
{
    value_t m = module_new(name), d = m ? ((Module *)m)->dict : VALUE_NULL;
    value_t path = pkgdir ? list_from(1, &pkgdir) : VALUE_NONE;
    if (!m || !path || !dict_set(d, s_file, file) || (pkgdir && !dict_set(d, s_path_attr, path)) ||
        !dict_set(vm_state.modules, name, m)) {
        port_raw_free(src);
        return VALUE_NULL;
    }
    value_t code = compile_source(src, len, str_data(file), COMPILE_MODULE, NULL);
    port_raw_free(src);
    if (!code || !vm_run_module(code, d)) return import_failed(name);
    value_t now = dict_get_str(vm_state.modules, name); /* a module may replace itself */
    return now ? now : m;
}

/* "<dir>/<leaf><suffix>" as a str. */
static value_t join_path(value_t dir, const char *leaf, size_t n, const char *suffix)
{
    StrBuf b;
    strbuf_init(&b, str_len(dir) + n + 16);
    if (str_len(dir)) {
        strbuf_add(&b, str_data(dir), str_len(dir));
        strbuf_add_char(&b, '/');
    }
    strbuf_add(&b, leaf, n);
    strbuf_add_cstr(&b, suffix);
    return strbuf_finish(&b);
}

/* Search dirs for <leaf>.py, then the package <leaf>/__init__.py. */
static value_t load_from_dirs(value_t name, const char *leaf, value_t dirs_list)
{
    size_t n, leaf_len = strlen(leaf);
    value_t *dirs = seq_items(dirs_list, &n);
    for (size_t i = 0; dirs && i < n; i++) {
        if (!str_check(dirs[i])) continue;
        value_t file = join_path(dirs[i], leaf, leaf_len, ".py");
        if (!file) return VALUE_NULL;
        size_t len;
        char *src = port_read_file(str_data(file), &len);
        if (src) return run_file(name, file, VALUE_NULL, src, len);
        value_t pkgdir = join_path(dirs[i], leaf, leaf_len, "");
        if (!pkgdir || !(file = join_path(pkgdir, "__init__.py", 11, ""))) return VALUE_NULL;
        if ((src = port_read_file(str_data(file), &len))) return run_file(name, file, pkgdir, src, len);
    }
    return err_raise(&type_ImportError, "No module named '%S'", name);
}

/* a.b.c: import a.b, then c from a.b's __path__, and bind it as a.b.c. */
static value_t load_submodule(value_t name, const char *dot)
{
    value_t parent = module_import(str_intern(str_data(name), (size_t)(dot - str_data(name))));
    if (!parent) return VALUE_NULL;
    value_t m = dict_get_str(vm_state.modules, name);
    if (m) return m;
    value_t path = obj_getattr_opt(parent, s_path_attr);
    if (!path) return VALUE_NULL;
    if (path == VALUE_UNBOUND)
        return err_raise(&type_ImportError, "No module named '%S'; '%S' is not a package", name,
                         ((Module *)parent)->name);
    if (!(m = load_from_dirs(name, dot + 1, path))) return VALUE_NULL;
    value_t leaf = str_intern_cstr(dot + 1);
    return leaf && obj_setattr(parent, leaf, m) ? m : VALUE_NULL;
}

value_t module_import(value_t name)
{
    if (!(name = str_intern_value(name))) return VALUE_NULL;
    value_t m = dict_get_str(vm_state.modules, name);
    if (m) return m;
    for (const ModuleDef *const *d = module_builtin_table; *d; d++)
        if (!strcmp((*d)->name, str_data(name))) return load_builtin(*d, name);
    const char *dot = strrchr(str_data(name), '.');
    if (dot) return load_submodule(name, dot);
    value_t path = search_path();
    return path ? load_from_dirs(name, str_data(name), path) : VALUE_NULL;
}

value_t module_run_source(const char *src, size_t len, const char *filename, value_t globals)
{
    if (!globals && (!(globals = dict_new(8)) || !dict_set(globals, s_name, s_main))) return VALUE_NULL;
    value_t name = dict_get_str(globals, s_name);
    if (name && str_check(name) && !dict_get_str(vm_state.modules, name)) {
        value_t m = module_with_dict(name, globals);
        if (!m || !dict_set(vm_state.modules, name, m)) return VALUE_NULL;
    }
    value_t code = compile_source(src, len, filename, COMPILE_MODULE, NULL);
    if (!code) return VALUE_NULL;
    return vm_run_module(code, globals);
}

/* ---- type_module -------------------------------------------------------- */

static value_t module_getattr(value_t self, value_t name)
{
    Module *m = (Module *)self;
    value_t v = dict_get_str(m->dict, name);
    if (v) return v;
    if (name == s_dict) return m->dict;
    v = type_lookup(&type_module, name);
    if (v) {
        const Type *t = obj_type(v);
        return t->descr_get ? t->descr_get(v, self, (value_t)&type_module) : v;
    }
    return err_raise(&type_AttributeError, "module '%S' has no attribute '%S'", m->name, name);
}

static bool module_setattr(value_t self, value_t name, value_t v)
{
    Module *m = (Module *)self;
    if (v) return dict_set(m->dict, name, v);
    int r = dict_del(m->dict, name);
    if (r == 0) err_raise(&type_AttributeError, "module '%S' has no attribute '%S'", m->name, name);
    return r > 0;
}

static value_t module_repr(value_t self)
{
    Module *m = (Module *)self;
    value_t file = dict_get_str(m->dict, s_file);
    StrBuf b;
    strbuf_init(&b, 48);
    strbuf_add_cstr(&b, "<module ");
    if (!strbuf_add_repr(&b, m->name)) return VALUE_NULL;
    if (file) {
        strbuf_add_cstr(&b, " from ");
        if (!strbuf_add_repr(&b, file)) return VALUE_NULL;
    } else {
        strbuf_add_cstr(&b, " (built-in)");
    }
    strbuf_add_char(&b, '>');
    return strbuf_finish(&b);
}

Type type_module = {
    .base = { &type_type },
    .cname = "module",
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
};
