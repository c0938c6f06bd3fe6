# Classes: class attributes shared between instances, mutable class attribute pitfall, shadowing
class Shared:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a = Shared()
b = Shared()
a.add(1)
b.add(2)
print(Shared.items, a.items is b.items, a.count, b.count, Shared.count)
class Fixed:
    def __init__(self):
        self.items = []
c, d = Fixed(), Fixed()
c.items.append(1)
print(c.items, d.items)
class Config:
    debug = False
    level = 1
x = Config()
y = Config()
x.debug = True
Config.level = 5
print(x.debug, y.debug, Config.debug, x.level, y.level)
del x.debug
print(x.debug)
class Base:
    name = 'base'
    def who(self):
        return self.name
class Child(Base):
    name = 'child'
print(Base().who(), Child().who(), Child.__bases__[0].name)
Base.name = 'changed'
print(Base().who(), Child().who())
class Counter:
    total = 0
    def __init__(self):
        type(self).total += 1
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter()
print(Counter.total, SubCounter.total)
class Meta:
    attrs = {}
    @classmethod
    def set(cls, k, v):
        cls.attrs[k] = v
Meta.set('a', 1)
Meta().set('b', 2)
print(Meta.attrs)
