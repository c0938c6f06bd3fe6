# Classes: reflected operators __radd__ __rsub__ __rmul__ etc. and NotImplemented fallback
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'N(%r)' % self.v
    def __add__(self, o):
        if isinstance(o, (int, float)):
            return N(self.v + o)
        if isinstance(o, N):
            return N(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        print('radd')
        return N(o + self.v)
    def __rsub__(self, o):
        return N(o - self.v)
    def __rmul__(self, o):
        return N(o * self.v)
    def __rtruediv__(self, o):
        return N(o / self.v)
    def __rfloordiv__(self, o):
        return N(o // self.v)
    def __rmod__(self, o):
        return N(o % self.v)
    def __rpow__(self, o):
        return N(o ** self.v)
    def __rand__(self, o):
        return N(o & self.v)
    def __ror__(self, o):
        return N(o | self.v)
    def __rxor__(self, o):
        return N(o ^ self.v)
    def __rlshift__(self, o):
        return N(o << self.v)
    def __rrshift__(self, o):
        return N(o >> self.v)
n = N(3)
print(n + 1, 1 + n, 10 - n, 4 * n, 9 / n, 10 // n, 10 % n, 2 ** n)
print(6 & n, 4 | n, 5 ^ n, 1 << n, 64 >> n)
print(sum([N(1), N(2), N(3)]))
print(sum([N(1), N(2)], N(10)))
class Left:
    def __add__(self, o):
        return 'Left.__add__'
class Right:
    def __radd__(self, o):
        return 'Right.__radd__'
print(Left() + Right(), 1 + Right())
class Sub(N):
    def __radd__(self, o):
        return 'Sub.__radd__ first'
    def __add__(self, o):
        return 'Sub.__add__'
print(N(1) + Sub(2))
try:
    'x' + n
except TypeError as e:
    print(type(e).__name__)
