# list: slicing with steps and negative indices returns new lists
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::2], a[::-1], a[::-3])
print(a[8:2:-2], a[2:8:-1], a[100:], a[-100:2], a[5:100:3], a[-1:-5:-1])
b = a[:]
b[0] = 99
print(a[0], b[0], a[:] == a, a[:] is a)
print(a[slice(1, 4)], a[slice(None, None, -4)])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
n = [[1, 2], [3, 4]]
s = n[:]
s[0].append(9)
print(n)
print([][:], [1][5:], [1, 2, 3][-1:], [1, 2, 3][:-1])
lst = list('abcdefgh')
print(lst[1:-1:2], lst[-1::-2], lst[:100:3], lst[-100::5])
for start in (None, 2, -3):
    for stop in (None, 5, -1):
        print(start, stop, lst[start:stop])
