# The scheduler: scheduled calls and soft handlers never nest (one that
# reschedules itself does not recurse), a hard handler that keeps the ring
# full does not starve the main program, sleeping works under a fast
# timer, and a hard handler cannot release its interrupt's heap lock.
import machine, micropython, pyb, time

state = {"in_a": False, "nested": 0, "a": 0, "b": 0}

def a(t):
    state["in_a"] = True
    state["a"] += 1
    i = 0
    while i < 20000:
        i += 1
    state["in_a"] = False

def b(t):
    state["b"] += 1
    if state["in_a"]:
        state["nested"] += 1

ta = machine.Timer(-1, freq=100, callback=a, hard=False)
tb = machine.Timer(-1, freq=1000, callback=b, hard=False)
pyb.delay(200)
ta.deinit()
tb.deinit()
print("soft handlers ran:", state["a"] > 0 and state["b"] > 0, "nested:", state["nested"])

again = [0]

def resched(x):
    again[0] += 1
    if again[0] < 2000:
        micropython.schedule(resched, None)

micropython.schedule(resched, None)
while again[0] < 2000:
    pyb.delay(1)
print("rescheduled itself", again[0], "times without recursion")

calls = [0]

def cb(x):
    calls[0] += 1

def flood(t):
    for k in range(3):
        try:
            micropython.schedule(cb, t)
        except RuntimeError:
            pass

micropython.irq_check(False)
tf = pyb.Timer(5, freq=20000, callback=flood)
start = time.ticks_ms()
i = 0
while time.ticks_diff(time.ticks_ms(), start) < 200:
    i += 1
tf.deinit()
print("main loop went on:", i > 100, "scheduled calls ran:", calls[0] > 100)

ticks = [0]

def fast(t):
    ticks[0] += 1

tq = machine.Timer(-1, mode=machine.Timer.PERIODIC, freq=50000, callback=fast)
start = time.ticks_ms()
for k in range(10):
    pyb.delay(10)
took = time.ticks_diff(time.ticks_ms(), start)
tq.deinit()
print("ten 10 ms delays under a 50 kHz timer end:", took < 5000, ticks[0] > 0)

def unlocker(t):
    micropython.heap_unlock()
    t.callback(None)

tu = pyb.Timer(6, freq=1000, callback=unlocker)
pyb.delay(20)
tu.deinit()
print("heap locked after:", micropython.heap_locked(), [1, 2, 3])
# expect: soft handlers ran: True nested: 0
# expect: rescheduled itself 2000 times without recursion
# expect: main loop went on: True scheduled calls ran: True
# expect: ten 10 ms delays under a 50 kHz timer end: True True
# expect: heap locked after: 0 [1, 2, 3]
