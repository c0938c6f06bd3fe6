# Classes: container protocol __len__ __getitem__ __setitem__ __delitem__ __contains__ __bool__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('cell out of range')
        return self.cells.get(key, '.')
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
g = Grid(3, 2)
print(len(g), bool(g))
g[0, 0] = 'a'
g[2, 1] = 'b'
print(len(g), g[0, 0], g[1, 1], (2, 1) in g, (1, 1) in g)
del g[0, 0]
print(len(g), (0, 0) in g)
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return 'slice(%s, %s, %s)' % (i.start, i.stop, i.step)
        if i >= 5:
            raise IndexError(i)
        return i * i
s = Seq()
print(s[2], s[1:3], s[::2], s[:-1:], list(s), 16 in s)
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0
print(bool(Truthy(1)), bool(Truthy(0)), not Truthy(-1), [x.v for x in (Truthy(2), Truthy(0)) if x])
class LenOnly:
    def __len__(self):
        return 3
print(len(LenOnly()), bool(LenOnly()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
