# MicroPython: micropython.schedule() queues a callback that runs at the VM's next safe point
import micropython
out = []
def cb(arg):
    out.append(arg)
micropython.schedule(cb, 1)
micropython.schedule(cb, 'two')
i = 0
while i < 100:
    i += 1
print(out)
class Handler:
    def __init__(self):
        self.count = 0
    def tick(self, n):
        self.count += n
h = Handler()
for k in range(3):
    micropython.schedule(h.tick, k + 1)
    j = 0
    while j < 10:
        j += 1
print(h.count)
def later(_):
    out.append('later')
def run():
    micropython.schedule(later, None)
    n = 0
    for _ in range(50):
        n += 1
    return n
print(run(), out)
