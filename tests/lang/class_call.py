# Classes: __call__ makes instances callable; callable(); instances used as functions
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x * self.k + sum(rest)) * scale
m = Multiplier(3)
print(m(2), m(2, 1, 1), m(1, scale=10), m.calls, callable(m), callable(Multiplier), callable(5))
print(list(map(Multiplier(2), [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x
inc = lambda x: x + 1
print(Compose(str, inc, Multiplier(10))(4))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def f(n):
    return n if n < 2 else f(n - 1) + f(n - 2)
print(f(90), len(f.cache))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
