# dict: KeyError messages, unhashable keys, mutation during iteration, popitem on empty
d = {'a': 1}
try:
    d['k']
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    d[42]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[(1, 'x')]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1, 2]] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1, 2} | {[3]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        d[k + 'x'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    {'a': 1} < {'b': 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d['']
except KeyError as e:
    print(type(e).__name__, e)
print(isinstance(KeyError('x'), LookupError))
