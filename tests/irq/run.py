#!/usr/bin/env python3
"""Runs the interrupt tests (tests/irq/t*.py) and prints `N passed, N failed`.

Each test states its expected output (stdout and stderr together, in
order) in `# expect: ` comments; a failure prints the difference. Tests
named *_prof.py need the PROFILE=1 build (--prof-irqpy). One more check
proves the profiler leaves nothing in the normal build: none of its
state or capture functions is linked, and the timer channel handler and
the hard dispatcher reference nothing of it (the profiling build's do).

usage: tests/irq/run.py --irqpy build/host/irqpy [--prof-irqpy build/host-prof/irqpy] [tests...]
"""
import argparse
import difflib
import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXPECT = re.compile(r"^# expect: ?(.*)$")
PROF_STATE = re.compile(r"\birq_prof_(points|armed|now|begin)\b")


def expected_output(path):
    with open(path) as f:
        return [m.group(1) for m in map(EXPECT.match, f.read().splitlines()) if m]


def run_test(exe, path):
    rel = os.path.relpath(path, ROOT)
    try:
        p = subprocess.run([exe, rel], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, timeout=60)
        out, rc = p.stdout, p.returncode
    except subprocess.TimeoutExpired:
        out, rc = "timed out\n", -1
    want = expected_output(path)
    got = out.splitlines()
    if got == want and rc == 0:
        return True, ""
    diff = "\n".join(difflib.unified_diff(want, got, "expected", "got", lineterm=""))
    return False, f"exit status {rc}\n{diff}"


def tool_output(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout
    except OSError as e:
        return f"<{e}>"


def disassembly(exe, func):
    return tool_output(["objdump", "-d", "--no-show-raw-insn", f"--disassemble={func}", exe])


def check_profiler_compiled_out(exe, prof_exe):
    """(ok, message): no profiler symbol in exe, none referenced on the dispatch path."""
    syms = tool_output(["nm", exe])
    found = sorted(set(m.group(0) for m in PROF_STATE.finditer(syms)))
    if found:
        return False, f"profiler symbols in {exe}: {found}"
    for func in ("irq_timer_isr", "irq_dispatch"):
        dis = disassembly(exe, func)
        if f"<{func}>:" not in dis:
            return False, f"{func} not found in the disassembly"
        if "prof" in dis.split(f"<{func}>:", 1)[1]:
            return False, f"{func} references the profiler"
        if prof_exe and "irq_prof" not in disassembly(prof_exe, func):
            return False, f"sanity: the PROFILE=1 build's {func} shows no capture point"
    return True, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--irqpy", default="build/host/irqpy")
    ap.add_argument("--prof-irqpy")
    ap.add_argument("tests", nargs="*")
    a = ap.parse_args()
    exe = os.path.join(ROOT, a.irqpy)
    prof = os.path.join(ROOT, a.prof_irqpy) if a.prof_irqpy else None
    tests = a.tests or sorted(glob.glob(os.path.join(HERE, "t*.py")))
    passed = failed = 0
    for t in tests:
        name = os.path.basename(t)
        use = prof if name.endswith("_prof.py") else exe
        if use is None:
            print(f"SKIP {name} (needs --prof-irqpy)")
            continue
        ok, msg = run_test(use, os.path.abspath(t))
        print(f"{'ok  ' if ok else 'FAIL'} {name}")
        if msg:
            print(msg)
        passed += ok
        failed += not ok
    if not a.tests:
        ok, msg = check_profiler_compiled_out(exe, prof)
        print(f"{'ok  ' if ok else 'FAIL'} profiler compiled out of {a.irqpy}")
        if msg:
            print(msg)
        passed += ok
        failed += not ok
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
