# Statements: tuple/list unpacking, nested targets, swaps, and unpacking errors
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = 'xy'
print(c, d)
(e, f), g = (1, 2), 3
print(e, f, g)
h, (i, (j, k)) = 0, [1, (2, 3)]
print(h, i, j, k)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z, end=' ')
print()
p = q = [0]
p.append(1)
print(p, q, p is q)
lst = [0, 0, 0]
lst[0], lst[2] = 'a', 'c'
print(lst)
obj = type('O', (), {})()
obj.x, obj.y = 10, 20
print(obj.x, obj.y)
dct = {}
dct['k'], dct['m'] = range(2)
print(dct)
m, n = {'one': 1, 'two': 2}
print(m, n)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
