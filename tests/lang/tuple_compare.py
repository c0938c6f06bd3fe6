# tuple: comparisons, hashing as dict keys, sorting of tuples
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) != (1, 2.0))
print((1, 'a') < (1, 'b'), (0, [1]) < (0, [2]), max((1, 2), (1, 3)), min((5,), (4, 9)))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
d = {(0, 0): 'origin', (1, 2): 'p'}
print(d[(1, 2)], d[0, 0], (1, 2) in d)
try:
    {([1], 2): 0}
except TypeError as e:
    print(type(e).__name__, e)
pts = [(3, 1), (1, 2), (3, 0), (1, 1), (2, 5)]
print(sorted(pts), sorted(pts, key=lambda p: p[1]), sorted(pts, reverse=True))
try:
    (1, 2) < (1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) == [1, 2], () == (), (None,) == (None,))
print((1, 2, 3) < (1, 2, 4), (1, 2, 3) < (1, 3), (0,) < (0, 0), (1,) > (0, 9, 9))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]), min([(3, 0), (1, 9)]), max([(1, 'a'), (1, 'b')]))
t = (1, [2])
print(t == (1, [2]), t != (1, [3]))
print(tuple(sorted({(1, 2), (0, 5), (1, 1)})))
