# dict: insertion order is preserved through updates, deletes and re-inserts
d = {}
for k in ['zeta', 'alpha', 'mu', 'beta', 'omega']:
    d[k] = len(k)
print(list(d))
d['alpha'] = 0
print(list(d))
del d['mu']
d['mu'] = 1
print(list(d), list(d.values()))
for i in range(100):
    d['k%d' % i] = i
for i in range(0, 100, 2):
    del d['k%d' % i]
print(list(d)[:8], len(d))
print(list(d.items())[-3:])
e = dict.fromkeys([5, 3, 9, 1, 7])
print(list(e))
e.pop(9)
e[9] = None
print(list(e))
f = {i * 7 % 11: i for i in range(11)}
print(f)
g = {}
g.update({'b': 1})
g.update({'a': 2})
g.setdefault('c', 3)
print(g)
print({**g, 'b': 'new', 'd': 4})
