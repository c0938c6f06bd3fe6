# Built-ins: iter (incl. callable+sentinel form), next with default, StopIteration
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
print(list(iter('abc')), list(iter((1,))), list(iter({'k': 1})), sorted(iter({3, 1})))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 5)))
data = ['a', 'b', '', 'c']
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, '')))
i1 = iter([1, 2, 3])
print(iter(i1) is i1)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
d = {'x': 1, 'y': 2}
di = iter(d)
print(next(di), next(di), next(di, 'end'))
it = iter(range(5))
for x in it:
    if x == 1:
        print('skipping', next(it))
    print('got', x)
