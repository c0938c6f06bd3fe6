#!/usr/bin/env python3
"""Runs every irqpy test suite and prints one closing line `N passed, N failed`.

A suite is a command. One that prints its own `N passed, N failed` line
(the C unit tests, the language tests) adds those counts; any other counts
as one test that passes when the command exits 0. Failing suites show
their whole output, passing ones their last line.

usage: tools/run_tests.py --irqpy build/host/irqpy [--san-irqpy PATH] [--prof-irqpy PATH]
                          [--fuzz-dir build/fuzz] [--arm] [unit-test binaries...]
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNT_LINE = re.compile(r"^(?:\w+: )?(\d+) passed, (\d+) failed", re.M)
# The language tests build tens of thousands of objects: they run with a
# 4 MiB heap (the host default is a microcontroller's 256 KiB).
LANG_HEAP = "--irqpy-args=-X heapsize=4m"


def run_suite(name, cmd, timeout):
    print(f"== {name}", flush=True)
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        out = proc.stdout + proc.stderr
        rc = proc.returncode
    except subprocess.TimeoutExpired:
        out, rc = f"{name}: timed out after {timeout} s\n", -1
    counts = COUNT_LINE.findall(out)
    lines = out.rstrip("\n").splitlines()
    print("\n".join(lines[-60:] if rc != 0 else lines[-1:]), flush=True)
    if not counts:
        return (1, 0) if rc == 0 else (0, 1)
    passed, failed = map(int, counts[-1])
    if rc != 0 and failed == 0:
        failed = 1
    return passed, failed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--irqpy", default="build/host/irqpy")
    ap.add_argument("--san-irqpy", help="also run the language tests under this ASan/UBSan build")
    ap.add_argument("--prof-irqpy", help="the PROFILE=1 build, for the interrupt profiler's test")
    ap.add_argument("--fuzz-dir", help="replay the fuzz corpora and saved crashes, then fuzz briefly")
    ap.add_argument("--fuzz-seconds", type=int, default=60)
    ap.add_argument("--only-fuzz", action="store_true", help="run the fuzz suites alone")
    ap.add_argument("--arm", action="store_true", help="build the core for Cortex-M33, warnings are errors")
    ap.add_argument("units", nargs="*")
    args = ap.parse_args()
    py = sys.executable
    suites = []
    if not args.only_fuzz:
        suites += [(os.path.basename(u), [u], 600) for u in args.units]
        suites.append(("language tests", [py, "tests/run_lang.py", "--irqpy", args.irqpy, LANG_HEAP], 1800))
        suites.append(("host CLI and REPL tests", [py, "tests/host/test_cli.py", "--irqpy", args.irqpy], 600))
        irq_cmd = [py, "tests/irq/run.py", "--irqpy", args.irqpy]
        if args.prof_irqpy:
            irq_cmd += ["--prof-irqpy", args.prof_irqpy]
        suites.append(("interrupt tests", irq_cmd, 300))
        if args.san_irqpy:
            suites.append(("language tests under ASan+UBSan",
                           [py, "tests/run_lang.py", "--irqpy", args.san_irqpy, LANG_HEAP], 2400))
            suites.append(("interrupt tests under ASan+UBSan",
                           [py, "tests/irq/run.py", "--irqpy", args.san_irqpy], 600))
    if args.fuzz_dir:
        # Seeds: the parser corpus for both, and every language test for the
        # whole pipeline; crashes found once stay in regress_* for good.
        seeds = {"fuzz_parse": ["tests/fuzz/corpus_parse"],
                 "fuzz_run": ["tests/fuzz/corpus_parse", "tests/lang"]}
        for target, seed_dirs in seeds.items():
            exe = os.path.join(args.fuzz_dir, target)
            regress = f"tests/fuzz/regress_{target[5:]}"
            suites.append((f"{target} replay", [exe, "-runs=0", f"-artifact_prefix={args.fuzz_dir}/"]
                           + seed_dirs + [regress], 600))
            work = os.path.join(args.fuzz_dir, "corpus_" + target[5:])
            os.makedirs(os.path.join(ROOT, work), exist_ok=True)
            suites.append((f"{target} for {args.fuzz_seconds} s",
                           [exe, f"-max_total_time={args.fuzz_seconds}", "-max_len=2048", "-timeout=10",
                            "-rss_limit_mb=2048", f"-artifact_prefix={args.fuzz_dir}/", work] + seed_dirs,
                           args.fuzz_seconds + 300))
    if args.arm:
        suites.append(("Cortex-M33 core build, warnings as errors",
                       ["make", "-s", "arm-core", "ARM_EXTRA=-Werror"], 900))
    total_p = total_f = 0
    for name, cmd, timeout in suites:
        p, f = run_suite(name, cmd, timeout)
        total_p += p
        total_f += f
    print(f"{total_p} passed, {total_f} failed")
    sys.exit(1 if total_f else 0)


if __name__ == "__main__":
    main()
