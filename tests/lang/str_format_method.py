# str.format: positional, numbered, keyword, attribute and index fields
print('{} {}'.format('a', 'b'))
print('{0} {1} {0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Bob', age=42))
print('{0[0]} {0[1]} {1[k]}'.format(['p', 'q'], {'k': 'v'}))
class P:
    x = 3
    y = 'four'
print('{0.x} {0.y} {p.x}'.format(P(), p=P))
print('{{}} {{{0}}} {{'.format(5))
print('{:>5}|{:<5}|{:^5}|'.format('ab', 'cd', 'ef'))
print('{0:>{1}}|'.format('r', 4), '{:{}{}}|'.format('z', '>', 3))
print('{!r} {!s} {!r:>6}|'.format('a', 'b', 'c'))
print('{} {}'.format(1.5, [1, 2]), '{}'.format(None))
print('{0}{0}{0}'.format('-'), '{a}{b}{a}'.format(a=1, b=2))
print('{:d} {:x} {:o} {:b} {:e}'.format(255, 255, 255, 255, 255.0))
try:
    '{} {}'.format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{'.format()
except ValueError as e:
    print(type(e).__name__, e)
try:
    '}'.format()
except ValueError as e:
    print(type(e).__name__, e)
print('{0[1][0]}'.format([0, 'xyz']), '{0[-1]}'.format({'-1': 'neg'}))
