#!/usr/bin/env python3
"""Language test runner: runs tests/lang/*.py under irqpy and compares stdout.

The expected output of a test is its `<test>.py.exp` file when one exists
(MicroPython-only behaviour such as the `micropython` module), otherwise
whatever CPython prints for the same file.  CPython's outputs are cached in
build/lang-expected/, keyed by the test's mtime and size, the newest
helper module and the CPython version, so a rerun only pays for irqpy.

Usage:
    python3 tests/run_lang.py [--irqpy PATH] [--irqpy-args ARGS] [--list-failing]
                              [files or dirs...]

Each test runs with its absolute path as the only argument (so it can find
its helper modules from __file__ wherever the runner is started), with a
10 s timeout, two at a time.  A test passes when stdout matches exactly and
irqpy exits with status 0 exactly when the reference did.  The last line is
"N passed, N failed"; the exit status is 1 when anything failed.
"""

import argparse
import concurrent.futures
import difflib
import os
import shlex
import subprocess
import sys
import threading

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG_DIR = os.path.join(REPO, 'tests', 'lang')
CACHE_DIR = os.path.join(REPO, 'build', 'lang-expected')
TIMEOUT = 10
DIFF_LINES = 40
STDERR_LINES = 15
HELPERS_STAMP = 0  # set in main()


class Result:
    """What one program run produced (stdout bytes, stderr text, status)."""

    def __init__(self, out, err, status):
        self.out = out
        self.err = err
        self.status = status  # exit code, or 'timeout' / 'missing'

    def ok_exit(self):
        return self.status == 0


def run_program(argv, path, env=None):
    try:
        p = subprocess.run(argv + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT, env=env, cwd=REPO)
    except subprocess.TimeoutExpired as e:
        return Result(e.stdout or b'', (e.stderr or b'').decode('utf-8', 'replace'), 'timeout')
    except OSError as e:
        return Result(b'', str(e), 'missing')
    return Result(p.stdout, p.stderr.decode('utf-8', 'replace'), p.returncode)


def cpython_env():
    env = dict(os.environ)
    # Keep helper-module directories free of __pycache__ and make output stable.
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    return env


def cpython_version(python):
    try:
        return subprocess.run([python, '-c', 'import sys; print(sys.version.split()[0])'],
                              stdout=subprocess.PIPE, timeout=TIMEOUT).stdout.decode().strip()
    except (OSError, subprocess.TimeoutExpired):
        return 'unknown'


def helpers_stamp():
    """Newest mtime under tests/lang/modules: helper edits invalidate the cache."""
    newest = 0
    for root, _, names in os.walk(os.path.join(LANG_DIR, 'modules')):
        for n in names:
            newest = max(newest, os.stat(os.path.join(root, n)).st_mtime_ns)
    return newest


def expected_output(path, python, version, use_cache):
    """Reference stdout and status: the .exp file, else CPython (cached)."""
    exp = path + '.exp'
    if os.path.exists(exp):
        with open(exp, 'rb') as f:
            return Result(f.read(), '', 0)
    st = os.stat(path)
    key = '%d %d %s %d\n' % (st.st_mtime_ns, st.st_size, version, HELPERS_STAMP)
    name = os.path.relpath(path, REPO).replace(os.sep, '__')
    out_file = os.path.join(CACHE_DIR, name + '.out')
    key_file = os.path.join(CACHE_DIR, name + '.key')
    if use_cache and os.path.exists(out_file) and os.path.exists(key_file):
        with open(key_file) as f:
            if f.read() == key:
                with open(out_file, 'rb') as g:
                    return Result(g.read(), '', 0)
    ref = run_program([python], path, cpython_env())
    if use_cache and ref.status == 0:
        os.makedirs(CACHE_DIR, exist_ok=True)
        with open(out_file, 'wb') as f:
            f.write(ref.out)
        with open(key_file, 'w') as f:
            f.write(key)
    return ref


def describe_failure(name, ref, got):
    """The report printed for one failing test: diff plus stderr tail."""
    lines = ['FAIL ' + name]
    if ref.status != 0:
        lines.append('  reference run failed (status %s): fix the test' % ref.status)
        lines.extend('  ' + l for l in ref.err.splitlines()[-STDERR_LINES:])
        return '\n'.join(lines)
    if got.status == 'missing':
        lines.append('  cannot run irqpy: ' + got.err)
        return '\n'.join(lines)
    want = ref.out.decode('utf-8', 'replace').splitlines(keepends=True)
    have = got.out.decode('utf-8', 'replace').splitlines(keepends=True)
    diff = list(difflib.unified_diff(want, have, 'expected', 'irqpy', n=2))
    for l in diff[:DIFF_LINES]:
        lines.append('  ' + l.rstrip('\n'))
    if len(diff) > DIFF_LINES:
        lines.append('  ... %d more diff lines' % (len(diff) - DIFF_LINES))
    if got.status != 0:
        lines.append('  irqpy status: %s; stderr tail:' % got.status)
        lines.extend('  | ' + l for l in got.err.splitlines()[-STDERR_LINES:])
    return '\n'.join(lines)


def collect(paths):
    files = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            files.extend(os.path.join(p, n) for n in sorted(os.listdir(p)) if n.endswith('.py'))
        else:
            files.append(p)
    return files


def resolve_irqpy(path):
    if os.path.isabs(path) or os.path.exists(path):
        return os.path.abspath(path)
    return os.path.join(REPO, path)


def main():
    ap = argparse.ArgumentParser(description='Run the irqpy language tests.')
    ap.add_argument('--irqpy', default='build/host/irqpy', help='interpreter under test')
    ap.add_argument('--irqpy-args', default='', help='extra irqpy options, e.g. "-X heapsize=4m"')
    ap.add_argument('--python', default='python3', help='reference CPython (default python3)')
    ap.add_argument('--list-failing', action='store_true', help='print only the names of failing tests')
    ap.add_argument('--no-cache', action='store_true', help='always rerun CPython for expected output')
    ap.add_argument('-j', '--jobs', type=int, default=2, help='parallel workers (default 2)')
    ap.add_argument('-v', '--verbose', action='store_true', help='also print passing tests')
    ap.add_argument('tests', nargs='*', help='test files or directories (default tests/lang)')
    args = ap.parse_args()

    global HELPERS_STAMP
    HELPERS_STAMP = helpers_stamp()
    irqpy = resolve_irqpy(args.irqpy)
    files = collect(args.tests or [LANG_DIR])
    if not os.path.exists(irqpy) and not args.list_failing:
        print('warning: %s does not exist; every test will fail' % irqpy)
    version = cpython_version(args.python)
    lock = threading.Lock()
    failed = []
    # Harmless for irqpy; stops a CPython stand-in from writing __pycache__.
    irqpy_env = dict(os.environ, PYTHONDONTWRITEBYTECODE='1')

    def one(path):
        name = os.path.relpath(path, LANG_DIR) if path.startswith(LANG_DIR) else path
        ref = expected_output(path, args.python, version, not args.no_cache)
        got = run_program([irqpy] + shlex.split(args.irqpy_args), path, irqpy_env)
        ok = ref.status == 0 and got.out == ref.out and got.ok_exit()
        with lock:
            if not ok:
                failed.append(name)
                if not args.list_failing:
                    print(describe_failure(name, ref, got), flush=True)
            elif args.verbose and not args.list_failing:
                print('pass ' + name, flush=True)
        return ok

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(one, files))
    if args.list_failing:
        for name in sorted(failed):
            print(name)
    else:
        print('%d passed, %d failed' % (results.count(True), results.count(False)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
