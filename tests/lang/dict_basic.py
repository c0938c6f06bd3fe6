# dict: literals, get/set, len, membership, keys of various types, insertion order
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], 'a' in d, 'z' in d, 1 in d)
e = {}
e[1] = 'int'
e[(1, 2)] = 'tuple'
e[None] = 'none'
e[2.5] = 'float'
e[True] = 'bool overrides 1'
e['s'] = 'str'
e[b'b'] = 'bytes'
e[frozenset([1])] = 'fs'
print(e)
print(e[1], e[(1, 2)], e[None], e[frozenset({1})])
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'q': 0}, r=1), dict(zip('ab', [1, 2])))
print({i: i * i for i in range(5)})
d2 = {'z': 0, 'a': 1, 'm': 2}
print(list(d2), list(d2.keys()), list(d2.values()))
del d2['a']
d2['a'] = 5
print(d2)
print({1: 'a', 1.0: 'b'}, {'k': 1, 'k': 2})
print(type({}).__name__, isinstance(d, dict), repr({'x': 'y'}), str({1: [2]}))
print({**d, 'z': 26}, {**{'a': 1}, **{'a': 2, 'b': 3}})
n = {}
for w in 'the quick the lazy the end quick'.split():
    n[w] = n.get(w, 0) + 1
print(n)
print({} == {}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2})
