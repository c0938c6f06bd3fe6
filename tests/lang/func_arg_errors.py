# Functions: TypeError messages for wrong numbers and kinds of arguments
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
cases = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(),
    lambda: f(1, c=2),
    lambda: f(1, 2, b=3),
    lambda: g(1),
    lambda: h(1),
    lambda: h(x=1),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(type(e).__name__, e)
class K:
    def m(self, x):
        return x
for call in (lambda: K().m(), lambda: K().m(1, 2), lambda: K.m(1)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)
for obj in (5, 'str', None, [1]):
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
