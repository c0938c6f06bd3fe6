# frozenset: immutability, hashing, set operations that mix with set
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
g = frozenset({2, 3, 4})
print(sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g), type(f | g).__name__)
print(type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, f == frozenset([1, 2, 3]), hash(f) == hash(frozenset([3, 2, 1])))
d = {f: 'fs', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    f.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset(), frozenset([5]), f.issubset({1, 2, 3, 4}), f.isdisjoint({9}))
print(sorted(f.union([8])), sorted(f.copy()), f.copy() == f)
fs = frozenset('hello')
print(sorted(fs), len(fs), 'h' in fs, 'z' not in fs)
nested = frozenset([frozenset([1, 2]), frozenset([2, 1])])
print(len(nested))
print(frozenset([1, 2]) | frozenset([3]) == {1, 2, 3}, frozenset() == set())
