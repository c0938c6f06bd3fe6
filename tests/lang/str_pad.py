# str: center, ljust, rjust, zfill (with odd widths and fill chars)
for s in ('', 'a', 'ab', 'abc', 'µé'):
    print('[' + s.center(6) + ']', '[' + s.center(5, '*') + ']', '[' + s.ljust(4, '.') + ']', '[' + s.rjust(4, '-') + ']')
print('[' + 'abc'.center(2) + ']', '[' + 'abc'.ljust(0) + ']', '[' + 'x'.center(4) + ']', '[' + 'xy'.center(5) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3), ''.zfill(3), '-'.zfill(3))
print('3.14'.zfill(8), '-0.5'.zfill(6))
print('x'.rjust(3, 'µ'), 'x'.ljust(3, 'é'))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
rows = [('apple', 3), ('kiwi', 12), ('banana', 100)]
for name, n in rows:
    print(name.ljust(8) + str(n).rjust(5))
print('|' + 'abc'.center(9, '-') + '|' + 'abcd'.center(9, '-') + '|')
for w in range(0, 7):
    print(w, repr('ab'.center(w)), repr('ab'.ljust(w)), repr('ab'.rjust(w)), repr('7'.zfill(w)))
print('abc'.ljust(6, '*') + '|', 'abc'.rjust(6, '*') + '|', '-5'.zfill(4), '+5'.zfill(1))
print(repr('x'.center(0)), repr('x'.center(-3)), repr('x'.ljust(-1)), '123'.zfill(-1))
print('µ'.center(4, '-'), '日本'.ljust(5, '.') + '|', 'é'.zfill(3))
