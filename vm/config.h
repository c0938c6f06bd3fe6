/*
 * config.h — build options of the core. Each is guarded so a port or the
 * command line can override it.
 */
#ifndef IRQPY_CONFIG_H
#define IRQPY_CONFIG_H

/* Computed-goto dispatch in the VM loop (GCC/Clang); 0 selects a switch. */
#ifndef CONFIG_COMPUTED_GOTO
#if defined(__GNUC__)
#define CONFIG_COMPUTED_GOTO 1
#else
#define CONFIG_COMPUTED_GOTO 0
#endif
#endif

/* Default heap size; the host's -X heapsize=N overrides it. */
#ifndef CONFIG_HEAP_SIZE
#define CONFIG_HEAP_SIZE (256 * 1024)
#endif

/* Maximum Python call depth before RecursionError. */
#ifndef CONFIG_MAX_DEPTH
#define CONFIG_MAX_DEPTH 1000 /* as CPython; a board port with a small stack lowers it */
#endif

/* Bytes reserved for the frame stack of ordinary calls. */
#ifndef CONFIG_FRAME_STACK_SIZE
#define CONFIG_FRAME_STACK_SIZE (64 * 1024)
#endif

#endif
