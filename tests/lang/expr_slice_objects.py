# Expressions: slice objects, slice.indices, and slicing via custom __getitem__
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice(None, None, -1).step)
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100).indices(7))
data = list(range(10))
print(data[s], data[slice(None, 3)], data[slice(-2, None)], 'abcdef'[slice(1, None, 2)])
sl = slice(2, 4)
data[sl] = ['X']
print(data)
del data[slice(0, 2)]
print(data)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, 1])
print(type(r[1:2]).__name__, r[1:2] == slice(1, 2), r[1:2:3] == slice(1, 2, 3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
print(repr(slice(1, 2, 3)), repr(slice(None)))
class Ranged:
    def __init__(self, n):
        self.items = list(range(n))
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Ranged.from_list(self.items[k])
        return self.items[k]
    @staticmethod
    def from_list(lst):
        obj = Ranged(0)
        obj.items = lst
        return obj
    def __repr__(self):
        return 'Ranged%r' % self.items
rg = Ranged(8)
print(rg[2:6], rg[::-2], rg[3], rg[1:7][1:3])
