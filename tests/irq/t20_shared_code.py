# The program and hard handlers running the same function on objects of
# different types share its inline caches: each must always get its own
# object's method or attribute, never the one the other just cached.
import pyb, micropython

micropython.irq_check(False)

class A:
    def __init__(self):
        self.x = 5
    def m(self):
        return 1

class B:
    @property
    def x(self):
        return 7
    def m(self):
        return 2

def method(o):
    return o.m()

def attr(o):
    return o.x

def count(o):
    return o.count(1)

a, b = A(), B()
buf = bytearray(b"\x01\x01\x02")
bad = [0, 0]

def handler(t):
    if method(b) != 2 or attr(b) != 7 or count(buf) != 2:
        bad[1] += 1

t1 = pyb.Timer(1, freq=20000, callback=handler)
t2 = pyb.Timer(2, freq=17000, callback=handler)
lst = [1, 2, 1, 1]
for r in range(60000):
    if method(a) != 1 or attr(a) != 5 or count(lst) != 3:
        bad[0] += 1
t1.deinit()
t2.deinit()
print("wrong results in the program:", bad[0], "in the handlers:", bad[1])
# expect: wrong results in the program: 0 in the handlers: 0
