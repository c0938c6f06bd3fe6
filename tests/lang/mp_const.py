# MicroPython: micropython.const() returns its integer argument, at module, function and class level
import micropython
from micropython import const
X = const(5)
_Y = const(10)
Z = micropython.const(2 ** 10)
W = const(X * 2 + 1)
MASK = const(0xFF)
NEG = const(-1)
SHIFT = const(1 << 4)
print(X, _Y, Z, W)
print(MASK, NEG, SHIFT)
def f():
    return X * _Y
print(f())
print(0x1234 & MASK, 3 << X)
class C:
    A = const(3)
    def get(self):
        return self.A + X
print(C.A, C().get())
def uses_default(v=const(7)):
    return v
print(uses_default(), uses_default(8))
total = 0
for i in range(X):
    total += i * SHIFT
print(total)
print(const(123456), const(0), type(const(1)).__name__)
