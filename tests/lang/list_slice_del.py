# list: del with indices, slices and extended slices
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[100:]
print(a)
del a[:]
print(a)
b = list('abcdef')
del b[1], b[2]
print(b)
try:
    del b[10]
except IndexError as e:
    print(type(e).__name__, e)
c = [1, 2, 3, 4, 5]
del c[1:-1]
print(c)
d = list(range(10))
del d[8:2:-2]
print(d)
