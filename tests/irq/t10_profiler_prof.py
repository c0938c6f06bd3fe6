# Profiler (run with the PROFILE=1 build): the capture points reached are
# non-zero and in the order of the path; irq_profile_get() gives 24 ints.
import pyb

def handler(t):
    while True:
        t = yield
        c = t.counter()

tim = pyb.Timer(12, freq=1000, callback=handler)
pyb.delay(5)            # a few interrupts first: the method cache is warm
pyb.irq_profile_enable(True)
pyb.irq_profile_reset()
pyb.delay(20)
p = pyb.irq_profile_get()
pyb.irq_profile_enable(False)
tim.deinit()
print(len(p), all(type(x) is int for x in p))
# the path of a bytecode generator handler, in time order
path = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 19, 20, 21, 5, 6]
print("reached:", all(p[i] > 0 for i in path))
print("in order:", all(p[a] <= p[b] for a, b in zip(path, path[1:])))
print("unused are 0:", [i for i in range(24) if i not in path and p[i] != 0])
if not all(p[i] > 0 for i in path):
    print(p)
pyb.irq_profile_reset()
print(sum(pyb.irq_profile_get()))
# expect: 24 True
# expect: reached: True
# expect: in order: True
# expect: unused are 0: []
# expect: 0
