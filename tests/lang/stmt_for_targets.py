# Statements: for-loop targets (tuples, nested, starred, attributes, subscripts) and loop variable after loop
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for first, *rest in ['abc', 'de']:
    print(first, rest)
class Box:
    pass
bx = Box()
for bx.value in range(3):
    pass
print(bx.value)
lst = [0, 0, 0]
for i, lst[i] in enumerate('xyz'):
    pass
print(lst)
d = {}
for k, d[k] in [('a', 1), ('b', 2)]:
    pass
print(d)
for i in range(5):
    pass
print('i after loop', i)
for ch in 'µé':
    print(ch, ord(ch))
for k in {'one': 1, 'two': 2}:
    print(k)
for idx, (key, val) in enumerate(sorted({'b': 2, 'a': 1}.items())):
    print(idx, key, val)
for x in (y * 2 for y in range(3)):
    print(x, end=' ')
print()
for line in 'l1\nl2\n'.splitlines():
    print(line)
