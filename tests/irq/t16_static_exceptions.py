# Exceptions created with the heap locked live in static storage: two
# handlers' exceptions are reported with their own arguments, and a hard
# handler's exceptions never change one the interrupted program holds
# (the program with heap_lock() on uses static exceptions too).
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
# expect: Uncaught exception in IRQ callback handler
# expect: Traceback (most recent call last):
# expect:   File "tests/irq/t16_static_exceptions.py", line 10, in ha
# expect: ValueError: ('A', 1)
# expect: Uncaught exception in IRQ callback handler
# expect: Traceback (most recent call last):
# expect:   File "tests/irq/t16_static_exceptions.py", line 13, in hb
# expect: ValueError: ('B', 2)
# expect: handler raised: True foreign arguments seen by the program: 0
