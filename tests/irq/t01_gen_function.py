# A generator function with an argument: primed at registration, 5
# interrupts counted into a preallocated bytearray, then it stops itself.
import pyb, time

buf = bytearray(8)
n = 0

def handler(t):
    global n
    while True:
        t = yield
        c = t.counter()
        buf[n] = n + 1
        n += 1
        if n == 5:
            t.callback(None)

tim = pyb.Timer(2, freq=1000, callback=handler)
print(tim.callback() is not None)
start = time.ticks_ms()   # at most 2 s, even on a loaded machine
while n < 5 and time.ticks_diff(time.ticks_ms(), start) < 2000:
    time.sleep_ms(1)
time.sleep_ms(5)
print(n, list(buf))
print(tim.callback())
tim.deinit()
# expect: True
# expect: 5 [1, 2, 3, 4, 5, 0, 0, 0]
# expect: None
