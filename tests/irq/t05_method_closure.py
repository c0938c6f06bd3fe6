# A bound method and a closure as handlers (machine.Timer for the second).
import pyb, machine, time

class Counter:
    def __init__(self):
        self.n = 0
    def irq(self, t):
        self.n += 1

def make_handler():
    hits = [0]
    def handler(t):
        hits[0] += 1
    return handler, hits

c = Counter()
t1 = pyb.Timer(6, freq=1000, callback=c.irq)
handler, hits = make_handler()
t2 = machine.Timer(-1, mode=machine.Timer.PERIODIC, period=1, callback=handler)
start = time.ticks_ms()   # at most 2 s, even on a loaded machine
while (c.n < 5 or hits[0] < 5) and time.ticks_diff(time.ticks_ms(), start) < 2000:
    time.sleep_ms(1)
t1.deinit()
t2.deinit()
print(c.n >= 5, hits[0] >= 5)
n1, n2 = c.n, hits[0]
time.sleep_ms(5)
print(c.n == n1, hits[0] == n2)

# a one-shot timer fires once
once = [0]
def one(t):
    once[0] += 1
t3 = machine.Timer(-1, mode=machine.Timer.ONE_SHOT, period=2, callback=one)
start = time.ticks_ms()
while once[0] == 0 and time.ticks_diff(time.ticks_ms(), start) < 2000:
    time.sleep_ms(1)
time.sleep_ms(10)
print(once[0])
# expect: True True
# expect: True True
# expect: 1
