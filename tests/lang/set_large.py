# set: large sets of ints and strings; set algebra results checked by size and sorted samples
a = set(range(0, 3000, 2))
b = set(range(0, 3000, 3))
print(len(a), len(b), len(a & b), len(a | b), len(a - b), len(a ^ b))
print(sorted(a & b)[:5], sorted(a ^ b)[-3:])
words = set()
for i in range(2000):
    words.add('w%d' % (i * 13 % 997))
print(len(words), 'w0' in words, 'w996' in words, 'w997' in words)
for i in range(500):
    words.discard('w%d' % i)
print(len(words), sorted(words)[:3])
c = set()
for i in range(3000):
    c.add(i * i % 1000)
print(len(c), sum(c))
d = {x for x in range(100000) if x % 997 == 0}
print(len(d), max(d), 997 * 50 in d)
pairs = {(i % 10, i % 7) for i in range(1000)}
print(len(pairs))
fs = frozenset(range(1000))
print(len(fs - a), fs <= set(range(2000)), fs.isdisjoint({-1, -2}))
e = set(range(1000))
while len(e) > 995:
    e.remove(max(e))
print(len(e), max(e))
