# Classes: binary arithmetic dunders __add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ __pow__
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'Vec' + repr(self.c)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*[a * k for a in self.c])
    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.c])
    def __mod__(self, k):
        return Vec(*[a % k for a in self.c])
    def __pow__(self, k):
        return Vec(*[a ** k for a in self.c])
    def __matmul__(self, o):
        return 'matmul'
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, w - v, v * 2, v * w, w / 2, w // 4, w % 4, v ** 2, v @ w)
try:
    v + 1
except AttributeError as e:
    print(type(e).__name__)
try:
    2 * v
except TypeError as e:
    print(type(e).__name__, e)
class NI:
    def __add__(self, o):
        return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(type(e).__name__, e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        return NotImplemented
    def __repr__(self):
        return '$%d.%02d' % divmod(self.cents, 100)
print(Money(150) + Money(275))
try:
    Money(1) + 5
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(7, 2), Vec(9, 8) % 5)
