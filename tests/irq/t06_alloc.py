# A hard handler that allocates: MemoryError reported, callback disabled,
# the main program goes on; the same handler run soft works.
import pyb, machine, time

count = 0

def handler(t):
    global count
    count += 1
    x = [count, t]      # building a list allocates: MemoryError when hard

tim = pyb.Timer(7, freq=1000, callback=handler)
time.sleep_ms(20)
print("main goes on", count, tim.callback())
tim.deinit()

count = 0
soft = machine.Timer(-1, period=1, callback=handler, hard=False)
start = time.ticks_ms()
while count < 5 and time.ticks_diff(time.ticks_ms(), start) < 2000:
    pyb.delay(1)   # runs soft handlers while it waits
soft.deinit()
print(count >= 5)
# expect: Warning: hard IRQ handler 'handler' allocates at line 10: building a list
# expect: Uncaught exception in IRQ callback handler
# expect: Traceback (most recent call last):
# expect:   File "tests/irq/t06_alloc.py", line 10, in handler
# expect: MemoryError
# expect: main goes on 1 None
# expect: True
