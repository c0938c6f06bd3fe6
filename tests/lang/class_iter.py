# Classes: iterator protocol __iter__/__next__, iterables vs iterators, StopIteration
class Range3:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range3Iter(self.n)
class Range3Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 3
r = Range3(4)
print(list(r), list(r), sum(r), max(r), 9 in r)
for v in r:
    print(v, end=' ')
print()
it = iter(r)
print(next(it), next(it), list(it), next(it, 'exhausted'))
a, b, *c = Range3(5)
print(a, b, c)
print(dict(zip(Range3(3), 'abc')), sorted(Range3(3), reverse=True), [x * 2 for x in Range3(2)])
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib()
print([next(f) for _ in range(10)])
for x in f:
    if x > 1000:
        break
print(x)
