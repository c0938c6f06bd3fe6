# Exceptions created with the heap locked live in static storage: two
# handlers' exceptions are reported with their own arguments, and a hard
# handler's exceptions never change one the interrupted program holds
# (the program with heap_lock() on uses static exceptions too), nor one
# that a handler interrupted by another handler holds.
import pyb, micropython

micropython.irq_check(False)

def ha(t):
    raise ValueError("A", 1)

def hb(t):
    raise ValueError("B", 2)

ta = pyb.Timer(1, freq=1000, callback=ha)
pyb.udelay(20000)         # busy: the report waits for a safe point
tb = pyb.Timer(2, freq=1000, callback=hb)
pyb.udelay(20000)
ta.deinit()
tb.deinit()

n = [0]

def catcher(t):
    try:
        raise ValueError("irq", n[0])
    except ValueError:
        n[0] += 1

res = [0]

def main():
    bad = 0
    for i in range(20000):
        try:
            raise ValueError("main", i)
        except ValueError as e:
            if e.args[0] != "main" or e.args[1] != i:
                bad += 1
    res[0] = bad

t = pyb.Timer(3, freq=20000, callback=catcher)
micropython.heap_lock()
main()
micropython.heap_unlock()
t.deinit()
print("handler raised:", n[0] > 0, "foreign arguments seen by the program:", res[0])

# a handler's exception stays its own while nested handlers raise theirs
changed = [0, 0]

def outer(t):
    try:
        raise ValueError("outer", 1)
    except ValueError as e:
        j = 0
        while j < 30000:
            j += 1
        if type(e) is not ValueError or e.args != ("outer", 1):
            changed[0] += 1
    changed[1] += 1

def inner(t):
    try:
        raise KeyError("inner")
    except KeyError:
        pass

t1 = pyb.Timer(1, freq=200, callback=outer)
t2 = pyb.Timer(2, freq=20000, callback=inner)
pyb.delay(100)
t1.deinit()
t2.deinit()
print("outer ran:", changed[1] > 0, "its exception changed under it:", changed[0])
# expect: Uncaught exception in IRQ callback handler
# expect: Traceback (most recent call last):
# expect:   File "tests/irq/t16_static_exceptions.py", line 11, in ha
# expect: ValueError: ('A', 1)
# expect: Uncaught exception in IRQ callback handler
# expect: Traceback (most recent call last):
# expect:   File "tests/irq/t16_static_exceptions.py", line 14, in hb
# expect: ValueError: ('B', 2)
# expect: handler raised: True foreign arguments seen by the program: 0
# expect: outer ran: True its exception changed under it: 0
