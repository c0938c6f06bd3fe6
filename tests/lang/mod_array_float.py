# Modules: array with f and d typecodes; float32 storage rounding; arithmetic loops
from array import array
d = array('d', [0.1, 0.2, 1e300, -0.0])
print(d, list(d), d[0] + d[1], d.itemsize)
f = array('f', [0.1, 0.5, 3.14159])
print(list(f), f[1] == 0.5, f[0] == 0.1, f.itemsize)
acc = array('d', [0.0] * 5)
for i in range(5):
    acc[i] = i * 0.5
print(list(acc), sum(acc))
f.append(2.5)
f.extend([1.0, -1.0])
print(len(f), list(f[-3:]))
print(list(array('d', range(3))), array('f', [1]) == array('f', [1.0]))
try:
    array('d', ['x'])
except TypeError as e:
    print(type(e).__name__)
try:
    array('z')
except ValueError as e:
    print(type(e).__name__)
m = array('d', [1.5, 2.5])
m[0] *= 2
m[1] += 0.25
print(list(m), bytes(array('d', [1.0])) == b'\x00\x00\x00\x00\x00\x00\xf0?')
