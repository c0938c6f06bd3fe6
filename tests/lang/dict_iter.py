# dict: iterating keys, values, items; views reflect later changes
d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
print(sum(d.values()), max(d, key=d.get), sorted(d, key=lambda k: d[k]))
ks = d.keys()
vs = d.values()
its = d.items()
d['four'] = 4
print(len(ks), list(ks), list(vs), list(its)[-1])
print(list(reversed(list(d))), [k for k in d if d[k] % 2 == 0])
inv = {v: k for k, v in d.items()}
print(inv)
print(dict(sorted(d.items(), key=lambda kv: -kv[1])))
print(list(zip(d.keys(), d.values())) == list(d.items()))
nested = {'a': {'x': 1}, 'b': {'y': 2}}
for outer, inner in nested.items():
    for k, v in inner.items():
        print(outer, k, v)
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
