# Reentrancy: one generator instance registered on two timers. The slow
# timer's run of it is interrupted by the fast timer (interrupts nest like
# priorities), whose slot finds the generator running: refused and
# counted, never recursive. The program goes on.
import pyb

runs = 0

def gen():
    global runs
    while True:
        t = yield
        runs += 1
        if t is slow:
            i = 0
            while i < 20000:   # long enough for the fast timer to interrupt
                i += 1

g = gen()
slow = pyb.Timer(13, freq=50, callback=g)
fast = pyb.Timer(14, freq=5000, callback=g)
pyb.delay(100)
slow.deinit()
fast.deinit()
refused = slow.stats()[2] + fast.stats()[2]
print(runs > 0, refused > 0)
print(slow.callback(), fast.callback())
# expect: True True
# expect: None None
