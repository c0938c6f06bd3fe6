# irqpy — build and test.
#   make            host interpreter build/host/irqpy
#   make test       every test; last line "N passed, N failed"
#   make SANITIZE=1 host build with ASan + UBSan (build/host-san/)
#   make PROFILE=1  host build with the IRQ profiler compiled in (build/host-prof/)
#   make latency    instructions from timer ISR entry to the handler's counter() (callgrind)
#   make arm-core   the core compiled for Cortex-M33, with its .text size

CC ?= cc
CORE_SRC := $(wildcard vm/*.c) $(wildcard modules/*.c) $(wildcard irq/*.c)
HOST_SRC := $(CORE_SRC) $(wildcard ports/host/*.c)

CFLAGS_COMMON := -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Ivm -I. -g
# Not position-independent, like the firmware: the VM's dispatch table and
# the built-in types are then addressed directly, one instruction less per
# bytecode dispatch and per type test.
HOST_PIE := -fno-pie
HOST_LDPIE := -no-pie
ifeq ($(SANITIZE),1)
BUILD := build/host-san
CFLAGS := $(CFLAGS_COMMON) -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS := -fsanitize=address,undefined
else
BUILD := build/host
CFLAGS := $(CFLAGS_COMMON) -O2 $(HOST_PIE)
LDFLAGS := $(HOST_LDPIE)
endif
# PROFILE=1: the IRQ profiler's capture points compiled in (build/host-prof/)
ifeq ($(PROFILE),1)
BUILD := build/host-prof
CFLAGS += -DCONFIG_IRQ_PROFILE=1
endif

HOST_OBJ := $(HOST_SRC:%.c=$(BUILD)/%.o)
FUZZ := build/fuzz
FUZZ_SECONDS ?= 60

all: $(BUILD)/irqpy

$(BUILD)/irqpy: $(HOST_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ -lm -lrt

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

-include $(HOST_OBJ:.o=.d)

# ---- Cortex-M33 build of the core (no port): warnings and size ----
ARM_CC := arm-none-eabi-gcc
ARM_CFLAGS := -std=gnu11 -mcpu=cortex-m33 -mthumb -Os -Wall -Wextra -Wno-unused-parameter \
	-ffunction-sections -fdata-sections -Ivm -I. $(ARM_EXTRA)
ARM_OBJ := $(CORE_SRC:%.c=build/arm/%.o)

build/arm/%.o: %.c
	@mkdir -p $(dir $@)
	$(ARM_CC) $(ARM_CFLAGS) -c -o $@ $<

arm-core: $(ARM_OBJ)
	@arm-none-eabi-size -t $(ARM_OBJ) | tail -1 | awk '{print "core .text bytes: " $$1}'

# ---- Unit tests (C) ----
UNIT := build/unit
$(UNIT)/test_parse: tests/unit/test_parse.c vm/lexer.c vm/parse.c vm/ast.c vm/arena.c
	@mkdir -p $(UNIT)
	$(CC) $(CFLAGS_COMMON) -O1 -o $@ $^ -lm
$(UNIT)/test_bigint: tests/unit/test_bigint.c vm/bigint.c
	@mkdir -p $(UNIT)
	$(CC) $(CFLAGS_COMMON) -O1 -o $@ $^ -lm
$(UNIT)/test_numfmt: tests/unit/test_numfmt.c vm/numfmt.c
	@mkdir -p $(UNIT)
	$(CC) $(CFLAGS_COMMON) -O1 -o $@ $^ -lm

$(UNIT)/test_gc: tests/unit/test_gc.c vm/gc.c
	@mkdir -p $(UNIT)
	$(CC) $(CFLAGS_COMMON) -O1 -o $@ $^

UNIT_TESTS := $(UNIT)/test_parse $(UNIT)/test_bigint $(UNIT)/test_numfmt $(UNIT)/test_gc

# Quick: unit and language tests of the host build.
test: $(BUILD)/irqpy $(UNIT_TESTS)
	$(MAKE) PROFILE=1 build/host-prof/irqpy
	@python3 tools/run_tests.py --irqpy $(BUILD)/irqpy --prof-irqpy build/host-prof/irqpy $(UNIT_TESTS)

# What CI runs: the above, the language tests under ASan+UBSan, the fuzz
# targets (saved inputs, then FUZZ_SECONDS of fuzzing each) and the
# Cortex-M33 build of the core.
check: $(BUILD)/irqpy $(UNIT_TESTS) $(FUZZ)/fuzz_parse $(FUZZ)/fuzz_run
	$(MAKE) SANITIZE=1 build/host-san/irqpy
	$(MAKE) PROFILE=1 build/host-prof/irqpy
	@python3 tools/run_tests.py --irqpy $(BUILD)/irqpy --san-irqpy build/host-san/irqpy --prof-irqpy build/host-prof/irqpy \
		--fuzz-dir $(FUZZ) --fuzz-seconds $(FUZZ_SECONDS) --arm $(UNIT_TESTS)

clean:
	rm -rf build

.PHONY: all test check clean arm-core

# ---- Fuzzing (libFuzzer, clang): the parser alone and the whole pipeline ----
FUZZ_CFLAGS := -std=gnu11 -g -O1 -Ivm -I. -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
$(FUZZ)/fuzz_parse: tests/fuzz/fuzz_parse.c vm/lexer.c vm/parse.c vm/ast.c vm/arena.c
	@mkdir -p $(FUZZ)
	clang $(FUZZ_CFLAGS) -o $@ $^
$(FUZZ)/fuzz_run: tests/fuzz/fuzz_run.c $(CORE_SRC) ports/host/port.c ports/host/timer.c
	@mkdir -p $(FUZZ)
	clang $(FUZZ_CFLAGS) -o $@ $^ -lm

# Replays the seeds and every saved crash, then fuzzes for FUZZ_SECONDS each
# (make check does the same through tools/run_tests.py).
fuzz: $(FUZZ)/fuzz_parse $(FUZZ)/fuzz_run
	@python3 tools/run_tests.py --only-fuzz --fuzz-dir $(FUZZ) --fuzz-seconds $(FUZZ_SECONDS)

.PHONY: fuzz

# ---- IRQ latency on the host: instructions from ISR entry to counter() ----
BENCH := build/bench
$(BENCH)/latency_driver: bench/latency/driver.c $(CORE_SRC:%.c=build/host/%.o) build/host/ports/host/port.o
	@mkdir -p $(BENCH)
	$(CC) $(CFLAGS_COMMON) -O2 $(HOST_PIE) $(HOST_LDPIE) -o $@ $^ -lm -lrt

latency: $(BENCH)/latency_driver
	@python3 bench/latency/run.py --driver $(BENCH)/latency_driver

.PHONY: latency
