# A hard handler that allocates: MemoryError reported, callback disabled,
# the main program goes on; the same handler run soft works.
import pyb, machine, time

seen = []

def handler(t):
    seen.append(t)      # appending may grow the list: allocation
    x = [1, 2, 3]

tim = pyb.Timer(7, freq=1000, callback=handler)
time.sleep_ms(20)
print("main goes on", tim.callback())
tim.deinit()

seen = []
soft = machine.Timer(-1, period=1, callback=handler, hard=False)
pyb.delay(20)   # runs soft handlers while it waits
soft.deinit()
print(len(seen) >= 5)
# expect: Warning: hard IRQ handler 'handler' allocates at line 9: building a list
# expect: Uncaught exception in IRQ callback handler
# expect: Traceback (most recent call last):
# expect:   File "tests/irq/t06_alloc.py", line 8, in handler
# expect: MemoryError
# expect: main goes on None
# expect: True
