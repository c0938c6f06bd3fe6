/*
 * fuzz_run.c — libFuzzer target for the whole pipeline: source → bytecode
 * → run, with a step limit. Any input must end in a SyntaxError, a Python
 * exception or a normal return: never a crash, a sanitizer report or a hang.
 *
 * The step limit counts the VM's safe points (backward jumps, calls); past
 * it the run is aborted with every handler skipped (vm_state.abort), so
 * `while True: try: ... except: pass` stops too. Built-ins that loop in C
 * over an unbounded iterator (sum(range(10**15))) or block (time.sleep,
 * input) are removed from the fuzzing interpreter's namespace, and the
 * time, pyb and machine modules are empty stand-ins.
 *
 * Build and run: make fuzz-run (see the Makefile); crashing inputs go to
 * tests/fuzz/regress_run/ and are replayed by the test suite.
 */
#include <stdio.h>
#include <stdlib.h>

#include "compile.h"
#include "dict.h"
#include "err.h"
#include "gc.h"
#include "modules/modules.h"
#include "port.h"
#include "str.h"
#include "vm.h"

#define HEAP_SIZE (1u << 20)
#define STEP_LIMIT 2000

static unsigned steps;

static bool count_step(void)
{
    vm_state.pending = 1; /* keep being called at every safe point */
    if (++steps < STEP_LIMIT || vm_state.abort) return true;
    vm_state.abort = 1;
    err_raise(&type_KeyboardInterrupt, "step limit");
    return false;
}

static void remove_builtin(const char *name) { dict_del(vm_state.builtins, str_intern_cstr(name)); }

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    char here;
    port_stack_top = &here + 4096; /* above this frame: LLVMFuzzerTestOneInput runs below it */
    if (!freopen("/dev/null", "w", stdout)) return 1;
    static char *fake_argv[] = { "fuzz", NULL };
    gc_init(malloc(HEAP_SIZE), HEAP_SIZE);
    if (!str_init() || !type_init_builtins() || !vm_init()) abort();
    sys_configure(1, fake_argv, "");
    static const char *const blocking[] = { "sum", "any", "all", "min", "max", "input", "__import__", NULL };
    for (const char *const *n = blocking; *n; n++) remove_builtin(*n);
    /* Empty stand-ins: no sleeping, and no timers left running into the next input. */
    static const char *const stubbed[] = { "time", "pyb", "machine", NULL };
    for (const char *const *n = stubbed; *n; n++) {
        value_t m = module_new(str_intern_cstr(*n));
        if (!m || !dict_set_cstr(vm_state.modules, *n, m)) abort();
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    steps = 0;
    vm_state.abort = 0;
    vm_pending_hook = count_step;
    vm_state.pending = 1;
    value_t code = compile_source((const char *)data, size, "<fuzz>", COMPILE_MODULE, NULL);
    if (code) {
        value_t g = dict_new(4);
        if (g && dict_set_cstr(g, "__name__", str_from_cstr("__main__"))) vm_run_module(code, g);
    }
    err_clear();
    while (gc_is_locked()) gc_unlock(); /* micropython.heap_lock() left on */
    gc_enable(true);
    vm_state.abort = 0;
    vm_state.handled_exc = VALUE_NULL;
    return 0;
}
