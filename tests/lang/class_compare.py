# Classes: rich comparisons __eq__ __ne__ __lt__ __le__ __gt__ __ge__, reflection, sorting
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __repr__(self):
        return 'V%d' % self.n
a, b, c = V(1), V(2), V(1)
print(a == c, a == b, a != b, a != c, a < b, b < a, a <= c, a == 1)
print(b > a, a >= c, b >= a)
print(sorted([V(3), V(1), V(2)]), max([V(5), V(9), V(2)]), min(V(4), V(3)))
print(V(1) in [V(0), V(1)], [V(1)].index(V(1)), [V(1), V(1), V(2)].count(V(1)))
class OnlyEq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == getattr(o, 'k', None)
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2))
try:
    OnlyEq(1) < OnlyEq(2)
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
class Ordered:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print('gt called')
        return self.v > o.v
print(Ordered(1) < Ordered(2))
print(OnlyEq.__hash__ is None)
