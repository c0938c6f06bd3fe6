# A plain function callback: at least 5 calls in 10 ms at 1 kHz, each
# with the timer as argument.
import pyb, time

calls = 0
last = None

def tick(t):
    global calls, last
    calls += 1
    last = t

tim = pyb.Timer(5, freq=1000, callback=tick)
time.sleep_ms(10)
tim.callback(None)
n = calls
print(n >= 5, n <= 11, last is tim)
time.sleep_ms(5)
print(calls == n)
tim.deinit()
# expect: True True True
# expect: True
