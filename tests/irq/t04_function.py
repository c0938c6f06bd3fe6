# A plain function callback: at least 5 calls in 10 ms at 1 kHz (or update
# events the host merged, reported as overruns), the timer as argument.
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
events, overruns, refused = tim.stats()
# on a loaded host the kernel may merge signals: those count as overruns
print(n + overruns >= 5, n == events - refused or n == events - refused - 1, last is tim)
time.sleep_ms(5)
print(calls == n)
tim.deinit()
# expect: True True True
# expect: True
