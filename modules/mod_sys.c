/*
 * mod_sys.c — the sys module: argv, path, modules, exit, stdout/stderr,
 * implementation, version_info, byteorder, maxsize.
 */
#include "modules.h"

#include "dict.h"
#include "err.h"
#include "list.h"
#include "num.h"
#include "port.h"
#include "str.h"
#include "vm.h"

static int saved_argc;
static char **saved_argv;
static const char *saved_path0 = "";

void sys_configure(int argc, char **argv, const char *path0)
{
    saved_argc = argc;
    saved_argv = argv;
    saved_path0 = path0;
}

static value_t sys_exit_fn(int argc, const value_t *args)
{
    value_t e = exc_new(&type_SystemExit, argc, args);
    return e ? err_raise_value(e) : VALUE_NULL;
}
static BUILTIN_VAR(sys_exit, "exit", 0, 1, sys_exit_fn);

/* sys.stdout and sys.stderr: objects with write(s) that go to the port. */
static value_t stream_write(value_t self, value_t s, bool err)
{
    if (!str_check(s)) return err_raise(&type_TypeError, "write() argument must be str, not %T", s);
    (err ? port_write_err : port_write)(str_data(s), str_len(s));
    return value_from_small((small_int_t)STR(s)->nchars);
}
static value_t stdout_write_fn(value_t self, value_t s) { return stream_write(self, s, false); }
static value_t stderr_write_fn(value_t self, value_t s) { return stream_write(self, s, true); }
static value_t stream_flush_fn(value_t self)
{
    port_flush();
    return VALUE_NONE;
}
static BUILTIN_FIX(stdout_write, "write", 2, stdout_write_fn);
static BUILTIN_FIX(stderr_write, "write", 2, stderr_write_fn);
static BUILTIN_FIX(stream_flush, "flush", 1, stream_flush_fn);

/* sys.stdin: read([n]) and readline() from the port's console. */
static value_t stdin_read_fn(int argc, const value_t *args)
{
    small_int_t limit = -1;
    if (argc > 1 && args[1] != VALUE_NONE && !obj_get_index(args[1], &limit)) return VALUE_NULL;
    StrBuf b;
    strbuf_init(&b, 64);
    int c;
    for (small_int_t n = 0; (limit < 0 || n < limit) && (c = port_read_char()) >= 0; n++) strbuf_add_char(&b, (char)c);
    return strbuf_finish(&b);
}

static value_t stdin_readline_fn(value_t self)
{
    StrBuf b;
    strbuf_init(&b, 64);
    int c;
    while ((c = port_read_char()) >= 0) {
        strbuf_add_char(&b, (char)c);
        if (c == '\n') break;
    }
    return strbuf_finish(&b);
}
static BUILTIN_VAR(stdin_read, "read", 1, 2, stdin_read_fn);
static BUILTIN_FIX(stdin_readline, "readline", 1, stdin_readline_fn);

static const AttrDef stdin_methods[] = { ATTR_OBJ("read", &stdin_read), ATTR_OBJ("readline", &stdin_readline), ATTR_END };
static const AttrDef stdout_methods[] = { ATTR_OBJ("write", &stdout_write), ATTR_OBJ("flush", &stream_flush), ATTR_END };
static const AttrDef stderr_methods[] = { ATTR_OBJ("write", &stderr_write), ATTR_OBJ("flush", &stream_flush), ATTR_END };

static value_t stdout_repr(value_t self) { return str_from_cstr("<sys.stdout>"); }
static value_t stderr_repr(value_t self) { return str_from_cstr("<sys.stderr>"); }

static Type type_sys_stdin = { .base = { &type_type }, .cname = "TextIOWrapper", .methods = stdin_methods };
static Type type_sys_stdout = { .base = { &type_type }, .cname = "TextIOWrapper", .methods = stdout_methods, .repr = stdout_repr };
static Type type_sys_stderr = { .base = { &type_type }, .cname = "TextIOWrapper", .methods = stderr_methods, .repr = stderr_repr };
static const Object sys_stdin = { &type_sys_stdin };
static const Object sys_stdout = { &type_sys_stdout };
static const Object sys_stderr = { &type_sys_stderr };

int sys_console_stream(value_t file)
{
    return file == (value_t)&sys_stdout ? 1 : file == (value_t)&sys_stderr ? 2 : 0;
}

static bool add(value_t dict, const char *name, value_t v) { return v && dict_set_cstr(dict, name, v); }

static value_t str_list(int n, char **items)
{
    value_t list = list_new(0);
    for (int i = 0; list && i < n; i++)
        if (!list_append(list, str_from_cstr(items[i]))) return VALUE_NULL;
    return list;
}

static bool sys_init(value_t module)
{
    value_t d = ((Module *)module)->dict;
    value_t path0 = str_from_cstr(saved_path0);
    value_t impl = dict_new(2);
    value_t version_info[3] = { value_from_small(3), value_from_small(4), value_from_small(0) };
    value_t impl_version = tuple_from(3, version_info);
    uint16_t probe = 1;
    return path0 && impl && impl_version && type_init(&type_sys_stdout) && type_init(&type_sys_stdin) && type_init(&type_sys_stderr) && add(d, "argv", str_list(saved_argc, saved_argv)) &&
           add(d, "path", list_from(1, &path0)) && add(d, "modules", vm_state.modules) &&
           add(d, "version_info", tuple_from(3, version_info)) &&
           add(d, "version", str_from_cstr("3.4.0; irqpy 0.1")) &&
           add(d, "implementation", module_new(str_intern_cstr("implementation"))) &&
           add(((Module *)dict_get_str(d, str_intern_cstr("implementation")))->dict, "name", str_from_cstr("irqpy")) &&
           add(((Module *)dict_get_str(d, str_intern_cstr("implementation")))->dict, "version", impl_version) &&
           add(d, "byteorder", str_from_cstr(*(uint8_t *)&probe ? "little" : "big")) &&
           add(d, "maxsize", int_from_i64((int64_t)(SIZE_MAX >> 1))) &&
           add(d, "platform", str_from_cstr("linux"));
}

static const AttrDef sys_attrs[] = {
    ATTR_OBJ("exit", &sys_exit),
    ATTR_OBJ("stdin", &sys_stdin),
    ATTR_OBJ("stdout", &sys_stdout),
    ATTR_OBJ("stderr", &sys_stderr),
    ATTR_END,
};

const ModuleDef module_sys = { "sys", sys_attrs, sys_init };
