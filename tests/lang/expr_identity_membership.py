# Expressions: is / is not / in / not in with containers and user classes
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, type(None) is type(None))
print(1 in [1, 2], 3 in (1, 2), 'b' in 'abc', 'bc' in 'abc', 'k' in {'k': 1}, 1 in {'k': 1})
print(2 in {1, 2}, 5 not in range(5), 4 in range(5), 'x' not in 'xyz', [] in [[]], (1,) in [(1,)])
print(1.0 in [1], True in [1], None in [0, False], float('nan') in [float('nan')])
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print('contains?', x)
        return x in self.items
bx = Box([1, 2])
print(1 in bx, 5 not in bx)
class It:
    def __iter__(self):
        return iter([7, 8])
print(8 in It(), 9 in It())
class Get:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 2
print(6 in Get(), 7 in Get())
x = None
print(x is None, x is not None, not x is None)
print(True is True, type(1) is int, type(True) is not int)
