# dict: get, items, keys, values, pop, popitem, setdefault, update, copy, clear, fromkeys
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('b', 99))
print(list(d.items()), list(d.keys()), list(d.values()))
print(d.pop('b'), d, d.pop('zz', 'dflt'))
d['d'] = 4
print(d.popitem(), d)
print(d.setdefault('a', 100), d.setdefault('new', []), d)
d['new'].append(1)
print(d)
d.update({'a': -1, 'e': 5})
d.update([('f', 6)])
d.update(g=7, a=0)
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'], c is d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), 'x'))
c.clear()
print(c, len(c))
e = {'x': 1}
print(e.update(), e.clear(), e)
items = {'k%d' % i: i for i in range(6)}
while items:
    print(items.popitem(), end=' ')
print()
print(sorted({3: 'c', 1: 'a', 2: 'b'}.items()))
print(len({}.keys()), 'a' in {'a': 1}.keys(), 1 in {'a': 1}.values(), ('a', 1) in {'a': 1}.items())
