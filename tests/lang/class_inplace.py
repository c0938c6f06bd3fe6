# Classes: in-place operators __iadd__ __isub__ __imul__ etc. and fallback to binary ops
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.extend(other)
        return self
    def __isub__(self, other):
        for x in other:
            self.items.remove(x)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
b = Bag()
orig = b
b += [1, 2]
b += (3,)
b -= [2]
b *= 2
print(b.items, b is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
class Holder:
    def __init__(self):
        self.c = Counter()
        self.lst = [Counter()]
h = Holder()
h.c += 3
h.lst[0] += 4
print(h.c.n, h.lst[0].n)
class ReturnsOther:
    def __iadd__(self, o):
        return 'replaced'
r = ReturnsOther()
r += 1
print(r)
class Bits:
    def __init__(self, v):
        self.v = v
    def __ior__(self, o):
        self.v |= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __irshift__(self, o):
        self.v >>= o
        return self
bt = Bits(1)
bt |= 6
bt <<= 4
bt ^= 0xF
bt &= 0x7C
bt >>= 2
print(bt.v)
