# Statements: starred assignment targets and starred expressions in displays
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
(x, *y), w = [1, 2, 3], 4
print(x, y, w)
*everything, = {'k': 1, 'j': 2}
print(everything)
for head, *tail in [(1, 2, 3), (4,), 'xy']:
    print(head, tail)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
print([*range(3), *'ab', 9], (*[1, 2], 3), {*(1, 2), 2, 3} == {1, 2, 3})
print({**{'a': 1}, 'b': 2, **dict(c=3)})
def f(*args):
    return args
print(f(*[1, 2], *(3,), 4), f(*''), f(*{5: 'x'}))
