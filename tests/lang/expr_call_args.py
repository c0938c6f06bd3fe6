# Expressions: *args and **kwargs at call sites and definition sites, mixing forms
def f(a, b, c=3, *args, d=4, **kw):
    return (a, b, c, args, d, sorted(kw.items()))
print(f(1, 2))
print(f(1, 2, 30, 40, 50))
print(f(1, b=2, d=5, e=6))
print(f(*[1, 2, 3, 4], **{'d': 0, 'z': 1}))
print(f(1, *(2,), *[3, 4], 5, d=6, **{'x': 7}, **{'y': 8}))
args = (10, 20)
kwargs = {'c': 30, 'd': 40}
print(f(*args, **kwargs))
def g(*args):
    return args
def h(**kw):
    return kw
print(g(), g(1), g(*'abc'), h(), h(a=1, b=2), h(**{'k': 'v'}))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
def fwd(*a, **k):
    return f(*a, **k)
print(fwd(7, 8, d=9))
print(max(*[3, 9, 2]), print(*['a', 'b'], sep='-'))
try:
    f(1, 2, a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(*5)
except TypeError as e:
    print(type(e).__name__)
