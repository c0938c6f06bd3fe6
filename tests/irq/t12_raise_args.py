# Exceptions created inside a hard handler keep their class and arguments
# (the preallocated instance with static argument storage), whether they
# are caught in the handler or reported; a class defined in Python needs
# the heap, so creating one is a MemoryError there.
import pyb, time

seen = [None]
table = {}
pops = [0]
n = 0

def catches(t):
    global n
    n += 1
    try:
        raise KeyError("k", n)
    except KeyError as e:
        seen[0] = e
    try:
        table.pop("missing")    # raised inside dict code: a static KeyError too
    except KeyError:
        pops[0] += 1
    if n == 2:
        raise ValueError("bad value", n)

tim = pyb.Timer(9, freq=1000, callback=catches)
time.sleep_ms(20)
print("caught:", repr(seen[0]), seen[0].args, "disabled:", tim.callback(), n, pops[0])

def oserror(t):
    raise OSError(5)

tim.callback(oserror)
time.sleep_ms(5)

class MyError(Exception):
    pass

def own_class(t):
    raise MyError("mine")

tim.callback(own_class)
time.sleep_ms(5)
tim.deinit()
print("done")
# expect: Uncaught exception in IRQ callback handler
# expect: Traceback (most recent call last):
# expect:   File "tests/irq/t12_raise_args.py", line 24, in catches
# expect: ValueError: ('bad value', 2)
# expect: caught: KeyError('k', 2) ('k', 2) disabled: None 2 2
# expect: Uncaught exception in IRQ callback handler
# expect: Traceback (most recent call last):
# expect:   File "tests/irq/t12_raise_args.py", line 31, in oserror
# expect: OSError: 5
# expect: Uncaught exception in IRQ callback handler
# expect: Traceback (most recent call last):
# expect:   File "tests/irq/t12_raise_args.py", line 40, in own_class
# expect: MemoryError
# expect: done
