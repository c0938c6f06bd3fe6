#!/usr/bin/env bash
# Installs the Debian packages irqpy's build and tests use, if missing:
#   make, gcc           the host build
#   python3             the test runners and the CPython reference output
#   gcc-arm-none-eabi   the Cortex-M33 build of the core (with newlib)
#   clang, libclang-rt  libFuzzer and the sanitizer runtimes (fuzz targets)
#   valgrind            instruction counts for the interrupt-latency bench
set -euo pipefail
need=()
command -v make >/dev/null || need+=(make)
command -v gcc >/dev/null || need+=(gcc libc6-dev)
command -v python3 >/dev/null || need+=(python3)
command -v arm-none-eabi-gcc >/dev/null || need+=(gcc-arm-none-eabi libnewlib-arm-none-eabi)
command -v clang >/dev/null || need+=(clang)
ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || need+=(libclang-rt-14-dev)
command -v valgrind >/dev/null || need+=(valgrind)
if [ ${#need[@]} -gt 0 ]; then
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${need[@]}"
fi
