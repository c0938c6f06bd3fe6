# Modules: array operations (iteration, slicing copies, comparisons, bytes conversion, in-place updates)
from array import array
a = array('h', [5, -3, 8, 0, 2])
print(len(a), a[1], a[-1], list(a[1:4]), list(a[::-1]), type(a[1:3]).__name__)
b = a[:]
b[0] = 100
print(a[0], b[0], a == b, a != b)
print(sorted(a), min(a), max(a), sum(a), a.index(8))
for i in range(len(a)):
    a[i] = a[i] * 2
print(list(a))
c = array('B', b'\x01\x02\x03')
print(list(c), bytes(c), c[0] + c[2])
d = array('i')
for i in range(100):
    d.append(i * i)
print(len(d), d[99], sum(d), list(d[95:]))
d[10:20] = array('i', [0] * 10)
print(sum(d))
e = array('I', [1, 2]) + array('I', [3])
print(list(e), e.typecode, len(e))
f = array('f', [1.5, 2.5])
f[0] += 1.0
print(list(f))
print(array('b', [1, 2, 3]) == array('b', [1, 2, 3]), list(array('d')))
q = array('q', [2 ** 62, -2 ** 62])
q[0] += 1
print(list(q))
