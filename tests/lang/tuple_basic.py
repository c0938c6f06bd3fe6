# tuple: literals, single-element tuples, indexing, slicing, immutability, methods
t = (1, 2, 3)
print(t, (), (1,), len(t), t[0], t[-1], t[1:], t[::-1])
u = 4, 5
print(u, type(u).__name__, (1) == 1, (1,) == 1)
print(t + u, t * 2, 2 in t, 9 not in t)
print(t.index(2), t.count(3), (1, 1, 1).count(1))
print(tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple(), tuple(x * x for x in range(4)))
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
tl = (l, 2)
l.append(3)
print(tl)
print(repr((1, 'a', None)), str(('x',)))
v = t
v += (4,)
print(t, v)
print(type(()).__name__, isinstance(t, tuple))
