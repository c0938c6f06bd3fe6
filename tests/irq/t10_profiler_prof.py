# Profiler (run with the PROFILE=1 build): the capture points reached are
# non-zero and in the order of the path; irq_profile_get() gives 24 ints.
# The points read the timer's counter, which wraps at each update event:
# a capture that the host's scheduler preempted for a whole period comes
# out of order, so up to 5 captures are tried (the timer is slow: 50 Hz).
import pyb

def handler(t):
    while True:
        t = yield
        c = t.counter()

# the path of a bytecode generator handler, in time order
path = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 19, 20, 21, 5, 6]

def capture():
    pyb.irq_profile_reset()
    for i in range(200):
        pyb.delay(1)
        p = pyb.irq_profile_get()
        if p[6]:
            return p
    return p

tim = pyb.Timer(12, freq=50, callback=handler)
pyb.delay(50)            # a few interrupts first: the method cache is warm
pyb.irq_profile_enable(True)
for attempt in range(5):
    p = capture()
    reached = all(p[i] > 0 for i in path)
    in_order = all(p[a] <= p[b] for a, b in zip(path, path[1:]))
    if reached and in_order:
        break
pyb.irq_profile_enable(False)
tim.deinit()
print(len(p), all(type(x) is int for x in p))
print("reached:", reached)
print("in order:", in_order)
print("unused are 0:", [i for i in range(24) if i not in path and p[i] != 0])
if not (reached and in_order):
    print(p)
pyb.irq_profile_reset()
print(sum(pyb.irq_profile_get()))
# expect: 24 True
# expect: reached: True
# expect: in order: True
# expect: unused are 0: []
# expect: 0
