#!/usr/bin/env python3
"""Runs every irqpy test suite and prints one closing line `N passed, N failed`.

Each suite (a C unit-test binary, the language tests, ...) prints its own
`N passed, N failed` line; this script shows each suite's output, adds the
counts up, and exits non-zero if any test failed or any suite crashed.

usage: tools/run_tests.py --irqpy build/host/irqpy [unit-test binaries...]
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNT_LINE = re.compile(r"^(?:\w+: )?(\d+) passed, (\d+) failed", re.M)


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
    # Show failures in full, successes by their closing line only.
    print("\n".join(lines if rc != 0 else lines[-1:]))
    if not counts:
        return 0, 1  # a suite that did not report counts to failure
    passed, failed = map(int, counts[-1])
    if rc != 0 and failed == 0:
        failed = 1
    return passed, failed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--irqpy", default="build/host/irqpy")
    ap.add_argument("units", nargs="*")
    args = ap.parse_args()
    suites = [(os.path.basename(u), [u], 600) for u in args.units]
    # The language tests build tens of thousands of objects: they run with a
    # 4 MiB heap (the host default is a microcontroller's 256 KiB).
    suites.append(("language tests", [sys.executable, "tests/run_lang.py", "--irqpy", args.irqpy,
                                      "--irqpy-args=-X heapsize=4m"], 1800))
    total_p = total_f = 0
    for name, cmd, timeout in suites:
        p, f = run_suite(name, cmd, timeout)
        total_p += p
        total_f += f
    print(f"{total_p} passed, {total_f} failed")
    sys.exit(1 if total_f else 0)


if __name__ == "__main__":
    main()
