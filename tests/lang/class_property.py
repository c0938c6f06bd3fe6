# Classes: @property getters, setters and deleters, computed and validated attributes
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError('negative radius')
        self._r = v
    @radius.deleter
    def radius(self):
        print('deleting radius')
        self._r = 0
    @property
    def area(self):
        return 3 * self._r * self._r
c = Circle(2)
print(c.radius, c.area)
c.radius = 5
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.area = 10
except AttributeError as e:
    print(type(e).__name__)
del c.radius
print(c.radius)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 'v%d' % self.computed
l = Lazy()
print(l.value, l.value, l.computed)
class Old:
    def _get(self):
        return 'old-style'
    def _set(self, v):
        self.stored = v
    x = property(_get, _set)
o = Old()
o.x = 5
print(o.x, o.stored)
class Sub(Circle):
    @property
    def area(self):
        return 'overridden ' + str(super().area)
print(Sub(1).area)
print(isinstance(Circle.radius, property))
