# list.sort and sorted: key, reverse, stability, various element types
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'date', 'fig', 'elderberry']
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y'), (2, 'c'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
f = [3.5, -1.0, 2, 10 ** 20, -(2 ** 70), 0.0]
print(sorted(f))
big = [(i * 7919) % 1000 for i in range(200)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted([]), sorted([1]), sorted('cba'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}))
recs = [{'n': 'x', 'v': 3}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 3}, {'n': 'w', 'v': 1}]
recs.sort(key=lambda r: r['v'])
print([r['n'] for r in recs])
recs.sort(key=lambda r: r['v'], reverse=True)
print([r['n'] for r in recs])
print(sorted([[2, 1], [1, 2], [1, 1, 1], [2]]))
