# Functions: keyword argument ordering, duplicate detection, and passing dicts through
def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{'b': 1, 'a': 2}, c=3))
def f(a, b, c):
    return '%s-%s-%s' % (a, b, c)
print(f(c=3, b=2, a=1), f(1, c=3, b=2), f(*[1], **{'c': 3, 'b': 2}))
opts = {'sep': '|', 'end': '<\n'}
print('x', 'y', **opts)
def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out
print(merge({'a': 1}, {'b': 2, 'a': 3}, c=4, a=5))
def kwdefaults(*, x=1, y=2):
    return x, y
print(kwdefaults(), kwdefaults(y=5), kwdefaults(**{'x': 9}))
try:
    f(1, 2, 3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, **{'a': 2, 'b': 3, 'c': 4})
except TypeError as e:
    print(type(e).__name__, e)
def passthrough(**kw):
    return show(**kw)
print(passthrough(q=1, p=2))
