# Built-ins: map (one and several iterables) and filter (with function and None), laziness
print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb', ''])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2])), list(map(abs, range(-2, 3))))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, ['1', 'a', '22'])), tuple(filter(bool, (0, 0.0, 3))))
calls = []
def track(x):
    calls.append(x)
    return x * 2
m = map(track, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
f = filter(lambda x: x > 1, [1, 2, 3])
print(next(f), list(f), type(m).__name__, type(f).__name__)
print(sum(map(int, '12345')), max(map(len, 'a bb ccc'.split())), ','.join(map(str, range(4))))
print(list(map(lambda p: p[0], {'k': 1, 'j': 2}.items())), sorted(map(str.upper, {'b', 'a'})))
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__)
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])), list(filter(lambda s: s, ['', 'x', ''])))
m = map(int, iter(['7', '8']))
print(list(m), list(m))
print(list(filter(None, map(lambda x: x % 3, range(7)))))
