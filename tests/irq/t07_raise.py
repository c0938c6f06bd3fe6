# A handler that raises: message and traceback printed, callback disabled.
# (Exceptions raised while the heap is locked are preallocated instances;
# their message is formatted into static storage.)
import pyb, time

def divide(t):
    return 1 // (t.counter() * 0)

def handler(t):
    divide(t)

tim = pyb.Timer(8, freq=1000, callback=handler)
time.sleep_ms(20)
print("disabled:", tim.callback())
tim.deinit()
# expect: Uncaught exception in IRQ callback handler
# expect: Traceback (most recent call last):
# expect:   File "tests/irq/t07_raise.py", line 10, in handler
# expect:   File "tests/irq/t07_raise.py", line 7, in divide
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: disabled: None
