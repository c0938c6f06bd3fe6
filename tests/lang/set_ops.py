# set: union, intersection, difference, symmetric difference, subset/superset tests
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [7])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, {9}.isdisjoint(a), a.isdisjoint(b))
print({1, 2}.issubset([1, 2, 3]), a.issuperset({1, 2}), a.issuperset(b))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 20}
print(sorted(c))
d = set(range(10))
d.update([10, 11], {12})
d.intersection_update(range(5, 20))
d.difference_update({5, 6})
d.symmetric_difference_update({7, 100})
print(sorted(d))
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({'x', 'y'} | {'z'}), len({'a', 'b'} & {'b', 'c'}))
print(sorted(set(range(0, 20, 2)) & set(range(0, 20, 3))))
