# list: larger lists (growth, slicing, sorting, membership, deletion) with checksums
n = 3000
a = list(range(n))
print(len(a), sum(a), a[-1], a[n // 2])
b = [x * 7 % 1009 for x in a]
print(sum(b), max(b), min(b), b.count(0), b.index(1008))
c = sorted(b)
print(c[:5], c[-5:], c[n // 2])
b.sort(reverse=True)
print(b[:3], b == sorted(c, reverse=True))
d = a[::3]
print(len(d), d[-1], sum(d))
del a[::2]
print(len(a), a[:5], sum(a))
a[100:200] = []
print(len(a), a[99:102])
e = []
for i in range(5000):
    e.append(i)
    if i % 3 == 0:
        e.pop()
print(len(e), e[-3:])
f = [[i] for i in range(1000)]
print(sum(x[0] for x in f), len(f * 3))
g = list(range(1000))
g.reverse()
print(g[:3], g.index(0), 500 in g, -1 in g)
h = [0] * 4000
for i in range(0, 4000, 7):
    h[i] = i
print(sum(h), h.count(0))
s = list('abcdefghij') * 100
print(len(s), s.count('a'), ''.join(s[:12]))
while len(s) > 10:
    s.pop(0)
print(s)
