/*
 * main.c — the host interpreter: `irqpy script.py [args]`, `irqpy -c code`,
 * or an interactive REPL; `-X heapsize=N[k|m]` sets the GC heap.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "config.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "irq/irq.h"
#include "list.h"
#include "modules/modules.h"
#include "port.h"
#include "str.h"
#include "vm.h"

static void on_sigint(int sig)
{
    (void)sig;
    vm_state.interrupt = 1;
    vm_state.pending = 1;
}

static void install_sigint(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: Ctrl-C interrupts a blocked read */
    sigaction(SIGINT, &sa, NULL);
}

static size_t parse_size(const char *s)
{
    char *end;
    double n = strtod(s, &end);
    if (*end == 'k' || *end == 'K') n *= 1024;
    else if (*end == 'm' || *end == 'M') n *= 1024 * 1024;
    return n < 16 * 1024 ? 0 : (size_t)n;
}

static void usage(void)
{
    fprintf(stderr, "usage: irqpy [-X heapsize=N[k|m]] [-c code | file.py] [args...]\n");
    exit(2);
}

/* Exit status for an exception that ended the program (SystemExit honoured). */
static int report_exception(void)
{
    value_t exc = err_fetch();
    if (obj_isinstance(exc, &type_SystemExit)) {
        value_t args = ((Exception *)exc)->args;
        size_t n;
        value_t *items = seq_items(args, &n);
        if (n == 0 || items[0] == VALUE_NONE) return 0;
        if (value_is_int(items[0])) return (int)value_to_small(items[0]);
        builtins_print_value(items[0], false);
        return 1;
    }
    exc_print(exc);
    return 1;
}

static value_t main_globals(const char *file)
{
    value_t g = dict_new(8);
    if (!g || !dict_set_cstr(g, "__name__", str_from_cstr("__main__"))) return VALUE_NULL;
    if (file && !dict_set_cstr(g, "__file__", str_from_cstr(file))) return VALUE_NULL;
    return g;
}

static int run_source(const char *src, size_t len, const char *filename, const char *file)
{
    value_t g = main_globals(file);
    if (!g || !module_run_source(src, len, filename, g)) return report_exception();
    return 0;
}

static void say(const char *s) { port_write(s, strlen(s)); }

static char *read_line(const char *prompt)
{
    say(prompt);
    port_flush();
    static char line[4096];
    if (!fgets(line, sizeof line, stdin)) return NULL;
    return line;
}

/* One statement per iteration; a compound statement continues until an
 * empty line, as in CPython's REPL. */
static int repl(void)
{
    value_t g = main_globals(NULL);
    gc_add_root(&g);
    say("irqpy on host; Ctrl-D to exit\n");
    char *buf = NULL;
    size_t len = 0;
    for (;;) {
        vm_state.interrupt = 0;
        char *line = read_line(len ? "... " : ">>> ");
        if (!line) {
            if (vm_state.interrupt) { /* Ctrl-C while typing */
                say("\nKeyboardInterrupt\n");
                clearerr(stdin);
                len = 0;
                continue;
            }
            say("\n");
            break;
        }
        size_t n = strlen(line);
        buf = realloc(buf, len + n + 1);
        memcpy(buf + len, line, n + 1);
        len += n;
        bool blank = strspn(line, " \t\r\n") == n;
        bool compound = len > n || (n > 1 && line[strcspn(line, "\r\n") - 1] == ':');
        if (blank && len == n) {
            len = 0;
            continue;
        }
        bool incomplete = false;
        value_t code = compile_source(buf, len, "<stdin>", COMPILE_SINGLE, &incomplete);
        if (!code && !incomplete) {
            report_exception();
            len = 0;
            continue;
        }
        if (incomplete || (compound && !blank)) continue;
        len = 0;
        if (!vm_run_module(code, g)) {
            if (err_matches(&type_SystemExit)) return report_exception();
            report_exception();
        }
    }
    free(buf);
    return 0;
}

/* Reports of hard-IRQ errors not yet printed at a safe point go out before exit. */
static int finish(int rc)
{
    irq_print_reports();
    port_flush();
    return rc;
}

int main(int argc, char **argv)
{
    char here;
    port_stack_top = &here;
    size_t heap_size = CONFIG_HEAP_SIZE;
    const char *code = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "-c") && i + 1 < argc) {
            code = argv[++i];
            i++;
            break;
        } else if (!strcmp(argv[i], "-X") && i + 1 < argc) {
            const char *opt = argv[++i];
            if (!strncmp(opt, "heapsize=", 9) && (heap_size = parse_size(opt + 9))) continue;
            usage();
        } else {
            usage();
        }
    }
    void *heap = malloc(heap_size);
    if (!heap) return 1;
    gc_init(heap, heap_size);
    if (!str_init() || !type_init_builtins() || !vm_init()) {
        fprintf(stderr, "irqpy: start-up failed\n");
        if (err_occurred()) exc_print(err_fetch());
        return 1;
    }
    irq_init(); /* IRQ slots, the soft-IRQ ring and its safe-point hook */
    install_sigint();
    if (code) {
        argv[i - 1] = "-c";
        sys_configure(argc - i + 1, argv + i - 1, "");
        return finish(run_source(code, strlen(code), "<string>", NULL));
    }
    if (i >= argc) {
        sys_configure(1, (char *[]){ "" }, "");
        return finish(repl());
    }
    const char *path = argv[i];
    size_t len;
    char *src = port_read_file(path, &len);
    if (!src) {
        fprintf(stderr, "irqpy: can't open file '%s'\n", path);
        return 2;
    }
    char dir[1024];
    const char *slash = strrchr(path, '/');
    size_t dlen = slash ? (size_t)(slash - path) : 0;
    if (dlen >= sizeof dir) dlen = 0;
    memcpy(dir, path, dlen);
    dir[dlen] = 0;
    sys_configure(argc - i, argv + i, slash ? dir : "");
    int rc = run_source(src, len, path, path);
    port_raw_free(src);
    return finish(rc);
}
