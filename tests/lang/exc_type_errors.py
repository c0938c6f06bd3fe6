# Exceptions: TypeError messages for unsupported operand combinations
pairs = [(1, 'a'), ('a', 1), ([1], 1), (1, [1]), (None, 1), ({}, {}), ((1,), [1]), (1.5, 'x'), (b'a', 'a'), ({1}, [1]), (True, None)]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('/', lambda a, b: a / b),
       ('<', lambda a, b: a < b)]
for a, b in pairs:
    for name, op in ops:
        try:
            r = op(a, b)
            print(repr(a), name, repr(b), '=', repr(r))
        except TypeError as e:
            print(repr(a), name, repr(b), '->', e)
for a, b in ((1, 2), (1.5, 2), ('a', 'b'), ([1], [2]), ((1,), (2,))):
    print(repr(a), repr(b), a + b, a < b)
for bad in (lambda: 1 @ 2, lambda: -'x', lambda: ~1.5, lambda: +[1]):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    'x' % 5
except TypeError as e:
    print('TypeError', e)
try:
    [1, 2] - [1]
except TypeError as e:
    print('TypeError', e)
