# Classes: unary dunders __neg__ __pos__ __invert__ __abs__ and conversion dunders
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v * 1)
    def __invert__(self):
        return Num(~self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __repr__(self):
        return 'Num(%r)' % self.v
n = Num(5)
print(-n, +n, ~n, abs(Num(-7)), --n, -(-(-n)))
print(int(Num(3)), float(Num(2)), [10, 20, 30][Num(1)], hex(Num(255)), bin(Num(5)))
print(list(range(Num(3))), 'abcdef'[Num(1):Num(4)])
class NoNeg:
    pass
try:
    -NoNeg()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~NoNeg()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][NoNeg()]
except TypeError as e:
    print(type(e).__name__, e)
print(-True, ~False, -(2 ** 100), ~(2 ** 100))
