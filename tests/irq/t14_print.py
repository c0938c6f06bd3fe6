# print in a hard handler: strings, small ints and floats are written
# without the heap (numbers formatted on the stack), like None and bools,
# to sys.stdout or sys.stderr.
# A value that needs a new object to print (a list) is a MemoryError.
import pyb, sys, time

scale = 2.5
calls = [0]

def report(t):
    calls[0] += 1
    print("irq", calls[0], -40, scale, True, None, sep="|")
    print("to stderr", calls[0], file=sys.stderr)
    if calls[0] == 2:
        t.callback(None)

tim = pyb.Timer(11, freq=200, callback=report)
while calls[0] < 2:
    pyb.delay(1)
pyb.delay(20)

def bad(t):
    print([1])

tim.callback(bad)
pyb.delay(30)
tim.deinit()
print("done", calls[0])
# expect: irq|1|-40|2.5|True|None
# expect: to stderr 1
# expect: irq|2|-40|2.5|True|None
# expect: to stderr 2
# expect: Warning: hard IRQ handler 'bad' allocates at line 23: building a list
# expect: Uncaught exception in IRQ callback handler
# expect: Traceback (most recent call last):
# expect:   File "tests/irq/t14_print.py", line 23, in bad
# expect: MemoryError
# expect: done 2
