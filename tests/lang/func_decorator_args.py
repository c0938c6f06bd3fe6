# Functions: decorators taking arguments (decorator factories) and class decorators
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))
def prefix(p, sep=': '):
    def deco(fn):
        return lambda *a: p + sep + fn(*a)
    return deco
@prefix('LOG')
@prefix('INFO', sep='|')
def msg(s):
    return s
print(msg('started'))
def add_method(cls):
    cls.extra = lambda self: 'extra on ' + type(self).__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, b.v)
def tag(**attrs):
    def deco(cls):
        for k, v in attrs.items():
            setattr(cls, k, v)
        return cls
    return deco
@tag(color='red', size=3)
class Widget:
    pass
print(Widget.color, Widget.size)
def validate(*types):
    def deco(fn):
        def w(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError('bad arg %r' % (a,))
            return fn(*args)
        return w
    return deco
@validate(int, str)
def f(n, s):
    return s * n
print(f(2, 'ab'))
try:
    f('x', 'y')
except TypeError as e:
    print(type(e).__name__, e)
