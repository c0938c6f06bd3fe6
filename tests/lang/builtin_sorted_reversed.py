# Built-ins: sorted (key, reverse, stability, any iterable) and reversed (sequences, custom)
data = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(sorted(data), key=lambda t: t[1]))
print(sorted('Hello World'), sorted('Hello World', key=str.lower), sorted({3: 0, 1: 0, 2: 0}))
print(sorted(x * x % 7 for x in range(10)), sorted([], reverse=True), sorted(range(5), key=lambda x: -x))
print(sorted([3.5, 1, 2 ** 65, -2, 0.0]))
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(1, 10, 3))))
class Rev:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(Rev())))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(SeqOnly())))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(['b', 'A', 'c', 'B'], key=lambda s: (s.lower(), s)))
