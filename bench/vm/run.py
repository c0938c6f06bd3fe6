#!/usr/bin/env python3
"""VM speed benchmarks: runs bench/vm/bm_*.py under CPython and irqpy.

Usage:
    python3 bench/vm/run.py [--irqpy PATH] [--irqpy-args ARGS] [--repeat 3] [programs...]

Each program runs --repeat times under each interpreter; the best
wall-clock time counts.  Both must print the same checksum, otherwise the
row says so.  The table gives CPython seconds, irqpy seconds and the ratio
irqpy/CPython, followed by the median ratio over the programs that ran.  A
missing interpreter or a failing program shows up in its row, never as a
crash of this script.
"""

import argparse
import glob
import os
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TIMEOUT = 120


def time_one(interp, prog):
    # interp is an argv prefix: [program, options...]
    """(seconds, stdout) for one run, or (None, reason) when it failed."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE='1')
    start = time.perf_counter()
    try:
        p = subprocess.run(interp + [prog], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return None, 'timeout'
    except OSError:
        return None, 'missing'
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        tail = p.stderr.decode('utf-8', 'replace').strip().splitlines()[-1:] or ['']
        return None, 'exit %d: %s' % (p.returncode, tail[0][:60])
    return elapsed, p.stdout


def best_of(interp, prog, repeat):
    best, out = None, None
    for _ in range(repeat):
        t, res = time_one(interp, prog)
        if t is None:
            return None, res
        if best is None or t < best:
            best = t
        out = res
    return best, out


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return None
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def resolve(path):
    if os.path.isabs(path) or os.path.exists(path):
        return os.path.abspath(path)
    return os.path.join(REPO, path)


def main():
    ap = argparse.ArgumentParser(description='Compare irqpy and CPython on bench/vm programs.')
    ap.add_argument('--irqpy', default='build/host/irqpy', help='interpreter under test')
    ap.add_argument('--irqpy-args', default='', help='extra irqpy options, e.g. "-X heapsize=4m"')
    ap.add_argument('--python', default='python3', help='reference CPython (default python3)')
    ap.add_argument('--repeat', type=int, default=3, help='runs per interpreter; best counts')
    ap.add_argument('programs', nargs='*', help='benchmark files (default bench/vm/bm_*.py)')
    args = ap.parse_args()
    irqpy = resolve(args.irqpy)
    progs = [os.path.abspath(p) for p in args.programs] or sorted(glob.glob(os.path.join(HERE, 'bm_*.py')))
    if not os.path.exists(irqpy):
        print('note: %s not found; irqpy column will say "missing"' % irqpy)
    print('%-16s %10s %10s %8s  %s' % ('benchmark', 'CPython s', 'irqpy s', 'ratio', 'note'))
    ratios = []
    for prog in progs:
        name = os.path.basename(prog)[:-3]
        if name.startswith('bm_'):
            name = name[3:]
        ct, cout = best_of([args.python], prog, args.repeat)
        it, iout = best_of([irqpy] + shlex.split(args.irqpy_args), prog, args.repeat)
        cs = '%.3f' % ct if ct is not None else '-'
        is_ = '%.3f' % it if it is not None else '-'
        note = ''
        ratio = '-'
        if ct is None:
            note = 'CPython: ' + cout
        elif it is None:
            note = 'irqpy: ' + iout
        elif iout != cout:
            note = 'output differs: %r vs %r' % (iout.strip()[:30], cout.strip()[:30])
        else:
            r = it / ct
            ratios.append(r)
            ratio = '%.2f' % r
        print('%-16s %10s %10s %8s  %s' % (name, cs, is_, ratio, note), flush=True)
    m = median(ratios)
    print('median ratio irqpy/CPython: %s (%d of %d programs)' % ('%.2f' % m if m is not None else '-',
                                                                len(ratios), len(progs)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
