#!/usr/bin/env python3
"""Tests of the host interpreter as a program: command line, exit codes,
error reports, Ctrl-C, the REPL (driven through a pseudo-terminal), heap
limits and robustness on random bytes.

usage: tests/host/test_cli.py [--irqpy build/host/irqpy]
Ends with `N passed, N failed`; exits 1 if any check failed.
"""
import argparse
import os
import pty
import random
import select
import signal
import subprocess
import sys
import tempfile
import time

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else f"\n     {detail}"))


def run(irqpy, args, stdin=None, timeout=20):
    return subprocess.run([irqpy] + args, input=stdin, capture_output=True, text=True, timeout=timeout)


def write_temp(text, suffix=".py", mode="w"):
    f = tempfile.NamedTemporaryFile(mode, suffix=suffix, delete=False)
    f.write(text)
    f.close()
    return f.name


def test_command_line(irqpy):
    r = run(irqpy, ["-c", "import sys; print(sys.argv)"])
    check("-c sets sys.argv to ['-c']", r.stdout == "['-c']\n", r.stdout + r.stderr)
    path = write_temp("import sys\nprint(sys.argv[1:], __name__)\n")
    r = run(irqpy, [path, "a", "b c"])
    check("script arguments in sys.argv", r.stdout == "['a', 'b c'] __main__\n", r.stdout + r.stderr)
    r = run(irqpy, ["-c", "import sys; sys.exit(3)"])
    check("sys.exit(3) exits with 3", r.returncode == 3, str(r.returncode))
    r = run(irqpy, ["/nonexistent/x.py"])
    check("missing script: exit 2 and a message", r.returncode == 2 and "can't open file" in r.stderr, r.stderr)


def test_error_reports(irqpy):
    path = write_temp("x = 1\nif x\n    pass\n")
    r = run(irqpy, [path])
    check("syntax error names file and line, exit 1",
          r.returncode == 1 and f'File "{path}", line 2' in r.stderr and "SyntaxError: expected ':'" in r.stderr,
          r.stderr)
    check("syntax error shows a caret under the column", "    if x\n        ^" in r.stderr, r.stderr)
    path = write_temp("def f():\n    return 1 / 0\nf()\n")
    r = run(irqpy, [path])
    want = ["Traceback (most recent call last):", f'File "{path}", line 3, in <module>',
            f'File "{path}", line 2, in f', "ZeroDivisionError: division by zero"]
    check("uncaught exception prints a traceback, exit 1",
          r.returncode == 1 and all(w in r.stderr for w in want), r.stderr)
    r = run(irqpy, ["-c", "def f(n): return f(n + 1)\nf(0)"])
    check("unbounded recursion raises RecursionError", "RecursionError" in r.stderr and r.returncode == 1,
          r.stderr[-300:])


def test_heap(irqpy):
    r = run(irqpy, ["-X", "heapsize=96k", "-c",
                    "try:\n    x = [0] * 100000\nexcept MemoryError:\n    print('MemoryError')\nprint('alive')"])
    check("-X heapsize limits the heap; MemoryError is catchable", r.stdout == "MemoryError\nalive\n",
          r.stdout + r.stderr)
    r = run(irqpy, ["-c", "import gc\nl = []\nfor i in range(200):\n    l = [str(j) for j in range(500)]\n"
                    "gc.collect()\nprint(len(l), gc.mem_free() > 100000)"])
    check("garbage is reclaimed in the default 256 KiB heap", r.stdout == "500 True\n", r.stdout + r.stderr)


def test_ctrl_c(irqpy):
    p = subprocess.Popen([irqpy, "-c", "print('go', flush=True)\nwhile True:\n    pass"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    p.stdout.readline()
    time.sleep(0.2)
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=5)
        ok = "KeyboardInterrupt" in err and p.returncode != 0
    except subprocess.TimeoutExpired:
        p.kill()
        ok, err = False, "still running 5 s after SIGINT"
    check("Ctrl-C interrupts `while True: pass`", ok, err)
    code = ("import micropython\nprint('go', flush=True)\nmicropython.heap_lock()\ntry:\n    while True:\n"
            "        pass\nexcept KeyboardInterrupt as e:\n    micropython.heap_unlock()\n    print('caught', repr(e))\n")
    p = subprocess.Popen([irqpy, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    p.stdout.readline()
    time.sleep(0.2)
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=5)
        ok = out == "caught KeyboardInterrupt()\n" and p.returncode == 0
    except subprocess.TimeoutExpired:
        p.kill()
        ok, out, err = False, "", "still running 5 s after SIGINT"
    check("Ctrl-C with the heap locked is a KeyboardInterrupt that can be caught", ok, out + err)


class Repl:
    """irqpy's REPL on a pseudo-terminal."""

    def __init__(self, irqpy):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execv(irqpy, [irqpy])
        self.buf = ""

    def read_until(self, text, timeout=5):
        end = time.time() + timeout
        while text not in self.buf and time.time() < end:
            r, _, _ = select.select([self.fd], [], [], 0.1)
            if r:
                try:
                    self.buf += os.read(self.fd, 4096).decode(errors="replace")
                except OSError:
                    break
        found = text in self.buf
        out, self.buf = (self.buf.split(text, 1)[0], self.buf.split(text, 1)[1]) if found else (self.buf, "")
        return found, out

    def send(self, s):
        os.write(self.fd, s.encode())

    def wait(self, timeout=5):
        end = time.time() + timeout
        while time.time() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            self.read_until("\x00", 0.1)
        os.kill(self.pid, signal.SIGKILL)
        return None


def test_repl(irqpy):
    repl = Repl(irqpy)
    ok, _ = repl.read_until(">>> ")
    check("REPL prints the >>> prompt", ok)
    repl.send("1 + 2\n")
    ok, out = repl.read_until(">>> ")
    check("REPL prints an expression's value", ok and "3" in out.splitlines()[-1:][0] if ok else False, out)
    repl.send("def f(x):\n")
    ok, _ = repl.read_until("... ")
    check("REPL continues a block with ... ", ok)
    repl.send("    return x * 2\n")
    repl.read_until("... ")
    repl.send("\n")
    repl.read_until(">>> ")
    repl.send("f(21)\n")
    ok, out = repl.read_until(">>> ")
    check("REPL runs a function defined over several lines", ok and "42" in out, out)
    repl.send("1/0\n")
    ok, out = repl.read_until(">>> ")
    check("REPL reports an exception and goes on", ok and "ZeroDivisionError" in out, out)
    repl.send("while True:\n")
    repl.read_until("... ")
    repl.send("    pass\n")
    repl.read_until("... ")
    repl.send("\n")
    time.sleep(0.3)
    repl.send("\x03")
    ok, out = repl.read_until(">>> ")
    check("Ctrl-C in the REPL raises KeyboardInterrupt and returns to the prompt",
          ok and "KeyboardInterrupt" in out, out)
    repl.send("\x04")
    code = repl.wait()
    check("Ctrl-D leaves the REPL with status 0", code == 0, str(code))


def test_print_in_hard_handler(irqpy):
    """A hard handler (a signal handler on the host) that prints while the
    main program prints: its output comes whole (it may land inside a line
    of the main program, as on a board), and without it the main program's
    output is exactly what it printed."""
    path = write_temp(
        "import pyb\n"
        "def h(t):\n"
        "    print('irq', t.counter() >= 0)\n"
        "tim = pyb.Timer(4, freq=5000, callback=h)\n"
        "for i in range(60000):\n"
        "    print('main', i, 'x' * (i % 50))\n"
        "tim.deinit()\n")
    for mode in ("pipe", "terminal"):
        if mode == "pipe":
            out = run(irqpy, [path], timeout=60).stdout
        else:
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(irqpy, [irqpy, path])
            chunks = []
            while True:
                try:
                    data = os.read(fd, 65536)
                except OSError:
                    break
                if not data:
                    break
                chunks.append(data)
            os.waitpid(pid, 0)
            out = b"".join(chunks).decode().replace("\r\n", "\n")
        irq = out.count("irq True\n")
        main = out.replace("irq True\n", "")
        want = "".join("main %d %s\n" % (i, "x" * (i % 50)) for i in range(60000))
        check(f"print in a hard handler while main prints ({mode}): both outputs intact",
              main == want and irq > 0, f"{irq} handler lines; main output differs: {main != want}")


def test_random_bytes(irqpy):
    rng = random.Random(1234)
    bad = []
    for i in range(40):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
        if i % 2:  # mostly-printable inputs get further into the compiler
            data = bytes(b % 96 + 32 if b % 7 else 10 for b in data)
        path = write_temp(data, suffix=".py", mode="wb")
        try:
            r = subprocess.run([irqpy, path], capture_output=True, timeout=10)
            if r.returncode not in (0, 1) or b"Traceback" not in r.stderr and b"Error" not in r.stderr \
                    and r.returncode != 0:
                bad.append((path, r.returncode))
        except subprocess.TimeoutExpired:
            bad.append((path, "timeout"))
    check("40 random byte files: an error report or a run, never a crash or hang", not bad, str(bad[:3]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--irqpy", default="build/host/irqpy")
    irqpy = os.path.abspath(ap.parse_args().irqpy)
    for t in (test_command_line, test_error_reports, test_heap, test_ctrl_c, test_repl, test_print_in_hard_handler,
              test_random_bytes):
        try:
            t(irqpy)
        except Exception as e:  # a crashed test counts as a failure, the others still run
            check(t.__name__, False, repr(e))
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    sys.exit(0 if passed == len(results) else 1)


if __name__ == "__main__":
    main()
