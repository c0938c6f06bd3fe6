# MicroPython: @micropython.native functions, generators and methods run with normal semantics
import micropython
@micropython.native
def add(a, b):
    return a + b
@micropython.native
def loop(n):
    s = 0
    for i in range(n):
        s += i
    return s
@micropython.native
def squares(n):
    for i in range(n):
        yield i * i
@micropython.native
def big():
    return 2 ** 100
@micropython.native
def raises(v):
    raise ValueError(v)
@micropython.native
def defaults(a, b=10, *args, **kw):
    return a + b + len(args) + len(kw)
class C:
    def __init__(self, k):
        self.k = k
    @micropython.native
    def scale(self, x):
        return x * self.k
print(add(1, 2), add('a', 'b'), add(2.5, 0.5))
print(loop(100), list(squares(5)), big())
try:
    raises('from native')
except ValueError as e:
    print(type(e).__name__, e)
print(defaults(1), defaults(1, 2, 3, 4, z=5))
c = C(3)
m = c.scale
print(c.scale(7), m(-2))
