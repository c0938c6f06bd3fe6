#!/usr/bin/env python3
"""Measures the host IRQ latency in instructions, per handler kind.

For each kind, runs bench/latency/driver.c under callgrind (N interrupts)
and reports, per interrupt, the inclusive instructions of irq_timer_isr
minus those of port_timer_counter: the instructions from the entry of the
timer channel handler to the handler's `t.counter()` reaching the timer
read (the counter() method's own C function included). Exact and
repeatable; the harness's own toggling is not counted.

usage: bench/latency/run.py [--driver build/bench/latency_driver] [--n 1000]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KINDS = ["generator", "function", "native-generator", "bound-method", "closure", "callable-instance"]


def inclusive(annotated, func):
    m = re.search(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+\S*:" + func + r"\b", annotated, re.M)
    return int(m.group(1).replace(",", ""))


def instructions(driver, kind, n):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "cg.out")
        cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--callgrind-out-file={out}",
               driver, kind, str(n)]
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"{kind}: driver failed\n{p.stderr[-2000:]}")
        ann = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                             capture_output=True, text=True).stdout
    return (inclusive(ann, "irq_timer_isr") - inclusive(ann, "port_timer_counter")) / n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", default="build/bench/latency_driver")
    ap.add_argument("--n", type=int, default=1000)
    a = ap.parse_args()
    base = None
    print(f"{'handler kind':<20} {'instructions':>12} {'vs generator':>13}")
    for kind in KINDS:
        per = instructions(a.driver, kind, a.n)
        base = base or per
        print(f"{kind:<20} {per:>12.1f} {100 * (per / base - 1):>+12.0f}%")


if __name__ == "__main__":
    main()
