# list: slice assignment (grow, shrink, extended slices, from iterables)
a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[2:4] = [1, 2, 3, 4, 5]
print(a)
a[:0] = ['start']
print(a)
a[len(a):] = ['end']
print(a)
a[1:3] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
b = list(range(6))
b[::-2] = 'xyz'
print(b)
b[1:4] = 'AB'
print(b)
b[-2:] = range(3)
print(b)
b[:] = (7, 8)
print(b)
try:
    c = [1, 2, 3, 4]
    c[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c = [1, 2]
    c[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[5:10] = [9]
print(c)
c[-10:1] = [0]
print(c)
c[1:1] = c
print(c)
