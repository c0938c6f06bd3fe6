# Classes: __hash__ and __eq__ for use as dict keys and set members
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return 'Key(%s,%s)' % (self.a, self.b)
d = {Key(1, 2): 'first'}
d[Key(1, 2)] = 'replaced'
d[Key(2, 1)] = 'other'
print(d, len(d), d[Key(2, 1)])
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s), Key(0, 1) in s)
class Unhashable:
    def __eq__(self, o):
        return True
try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Default:
    pass
x = Default()
y = Default()
d2 = {x: 'x', y: 'y'}
print(d2[x], d2[y], len(d2), hash(x) == hash(x))
class ConstHash:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self is o
objs = [ConstHash() for _ in range(5)]
dd = {o: i for i, o in enumerate(objs)}
print([dd[o] for o in objs], hash(objs[0]))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
