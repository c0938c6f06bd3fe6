# Functions: decorators without args, stacked decorators, preserving behaviour
def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, sorted(kwargs.items()))
        result = fn(*args, **kwargs)
        print('ret', result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=7)
def bold(fn):
    return lambda: '<b>' + fn() + '</b>'
def italic(fn):
    return lambda: '<i>' + fn() + '</i>'
@bold
@italic
def text():
    return 'hi'
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def alpha():
    pass
@register
def beta():
    pass
print(registry, alpha() is None)
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return 'Deco(' + str(self.fn(*a)) + ')'
@Deco
def plus1(x):
    return x + 1
print(plus1(1), type(plus1).__name__)
