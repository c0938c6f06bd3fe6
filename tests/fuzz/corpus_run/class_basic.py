# Classes: definition, __init__, instance and class attributes, methods, type()
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
q = Point(0, 0)
q.dims = 3
print(p.dims, q.dims, Point.dims)
Point.dims = 10
print(p.dims, q.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(Point.__name__, Point.norm2(p))
p.extra = 'dynamic'
print(p.extra, hasattr(q, 'extra'))
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, type(e).__name__)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.instances)
print(p.__dict__)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
