# Classes: __init__ return value rules, __new__ basics, instance creation order
class Tracked:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print('__init__', v)
        self.v = v
t = Tracked(5)
print(t.v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never called')
print(type(ReturnsOther()).__name__)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-7), Pos(3) + 1)
class WithDefaults:
    def __init__(self, a, b=2, *rest, **kw):
        self.parts = (a, b, rest, sorted(kw))
print(WithDefaults(1).parts, WithDefaults(1, 3, 4, x=5).parts)
