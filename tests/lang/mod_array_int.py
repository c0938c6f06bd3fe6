# Modules: array with integer typecodes b B h H i I l L q Q: indexing, slicing, append, extend
from array import array
for tc, vals in (('b', [-128, 0, 127]), ('B', [0, 128, 255]), ('h', [-32768, 1, 32767]), ('H', [0, 65535]),
                 ('i', [-2 ** 31, 2 ** 31 - 1]), ('I', [0, 2 ** 32 - 1]), ('l', [-5, 5]), ('L', [7, 8]),
                 ('q', [-2 ** 63, 2 ** 63 - 1]), ('Q', [0, 2 ** 64 - 1])):
    a = array(tc, vals)
    print(tc, a.typecode, list(a), len(a), a[0], a[-1])
a = array('i', range(10))
print(a[2:5], list(a[::3]), list(a[::-1]), a[-2])
a.append(100)
a.extend([7, 8])
a.extend(array('i', [9]))
print(list(a), len(a))
a[0] = -1
a[1:3] = array('i', [42, 43])
print(list(a[:4]), sum(a), max(a), 42 in a, 1000 in a)
b = array('B')
for i in range(5):
    b.append(i * 50)
print(b, list(b), bytes(b))
print(array('h', [1, 2]) == array('h', [1, 2]), array('b', [1]) + array('b', [2]))
for x in array('H', [3, 2, 1]):
    print(x, end=' ')
print()
try:
    array('B', [256])
except OverflowError as e:
    print(type(e).__name__)
try:
    array('b', [1]).append(200)
except OverflowError as e:
    print(type(e).__name__)
try:
    array('i', [1])[5]
except IndexError as e:
    print(type(e).__name__, e)
print(array('i', [1, 2, 3]).itemsize, array('b').itemsize, array('h').itemsize, array('q').itemsize)
