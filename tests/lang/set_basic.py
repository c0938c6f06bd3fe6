# set: construction, add, discard, remove, pop, membership, len, sorted output
s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, 5 in s, 5 not in s)
s.add(4)
s.add(1)
print(sorted(s))
s.discard(10)
s.discard(1)
s.remove(2)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
x = s.pop()
print(x in (3, 4), len(s))
e = set()
print(e, len(e), set([1, 1, 2]) == {1, 2}, set('aab') == {'a', 'b'}, set(range(3)))
try:
    e.pop()
except KeyError as e2:
    print(type(e2).__name__, e2)
print(sorted({c for c in 'mississippi'}))
t = {1, 2, 3}
u = t.copy()
u.add(4)
print(sorted(t), sorted(u))
t.clear()
print(t)
print({1, 2} == {2, 1}, {1} != {1, 2}, {1, 2, 3} == set([3, 2, 1]))
print(type(set()).__name__, isinstance({1}, set))
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2, 3}, {0}, {5, 4})
