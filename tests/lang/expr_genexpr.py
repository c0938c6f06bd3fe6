# Expressions: generator expressions are lazy, single-use, and usable as sole argument
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']), min(x % 7 for x in range(3, 10)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]), sorted(c for c in 'bca'))
print(list((x, y) for x in 'ab' for y in '12'), tuple(i for i in range(3) if i))
log = []
def src():
    for i in range(3):
        log.append('yield %d' % i)
        yield i
g = (v * 10 for v in src())
print(log)
print(next(g), log)
print(list(g), log)
print(','.join(str(n) for n in range(5)))
print(dict((k, len(k)) for k in ['one', 'three']))
nested = (sum(row) for row in ((1, 2), (3, 4)))
print(list(nested))
big = (i for i in range(10 ** 9))
print(next(big), next(big))
def first_match(pred, it):
    return next((x for x in it if pred(x)), None)
print(first_match(lambda x: x > 10, [5, 11, 20]), first_match(lambda x: x > 100, [1]))
