# str.join with lists, tuples, generators, and error on non-strings
print(','.join(['a', 'b', 'c']), ''.join(('x', 'y')), '-'.join('abc'))
print(', '.join(str(i) for i in range(5)), repr(' '.join([])), ' '.join(['one']))
print('µ'.join(['a', 'b']), '\n'.join(['l1', 'l2']))
d = {'k1': 1, 'k2': 2}
print('+'.join(d), '+'.join(d.keys()), '/'.join(sorted({'b', 'a'})))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ','.join(5)
except TypeError as e:
    print(type(e).__name__, e)
parts = []
for i in range(10):
    parts.append(chr(ord('a') + i))
print(''.join(parts), '.'.join(parts[::3]))
print(''.join(map(str, [1, 2, 3])), ' '.join(x.upper() for x in 'abc'))
big = ''.join(['ab'] * 1000)
print(len(big), big[:6], big[-4:])
print(b','.join([b'a', b'b']), bytearray(b'-').join([b'x', b'y']))
