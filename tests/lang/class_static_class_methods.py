# Classes: @staticmethod and @classmethod, called on class and on instances, and in subclasses
class Temp:
    scale = 'C'
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return cls.__name__ + ' in ' + cls.scale
print(Temp.c_to_f(100), Temp(0).c_to_f(37))
t = Temp.from_f(212)
print(type(t).__name__, t.deg)
print(Temp.describe(), t.describe())
class Kelvin(Temp):
    scale = 'K'
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg, Kelvin.describe(), Kelvin.c_to_f(0))
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return len(cls.items)
    @staticmethod
    def helper(a, b=2):
        return a * b
print(Registry.register('a'), Registry().register('b'), Registry.items)
print(Registry.helper(3), Registry().helper(3, 3))
sm = Registry.helper
print(sm(5))
cm = Registry.register
print(cm('c'))
