# Classes: polymorphism via overriding, abstract-method pattern with NotImplementedError
class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement area')
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
class Triangle(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
shapes = [Rect(2, 3), Square(4), Circle(1), Triangle(3, 5)]
for s in shapes:
    print(s.describe())
print(sorted(type(s).__name__ for s in shapes), sum(s.area() for s in shapes))
print(max(shapes, key=lambda s: s.area()).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
def total_area(items):
    return sum(i.area() for i in items)
class Duck:
    def area(self):
        return 100
print(total_area([Duck(), Square(2)]))
print([isinstance(s, Rect) for s in shapes], [type(s) is Rect for s in shapes])
