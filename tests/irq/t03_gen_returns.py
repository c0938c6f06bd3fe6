# A generator that returns after 3 yields: the callback is disabled and
# the count stays at 3 while the timer keeps running.
import pyb, time

count = 0

def handler(t):
    global count
    for i in range(3):   # the iterator is made while priming, heap unlocked
        t = yield
        count += 1

tim = pyb.Timer(4, freq=1000, callback=handler)
start = time.ticks_ms()   # at most 2 s, even on a loaded machine
while count < 3 and time.ticks_diff(time.ticks_ms(), start) < 2000:
    time.sleep_ms(1)
time.sleep_ms(5)
print(count, tim.callback())
time.sleep_ms(10)
print(count)
tim.deinit()
# expect: 3 None
# expect: 3
