# str predicates: isdigit, isalpha, isspace, isalnum, isupper, islower
tests = ['123', 'abc', 'abc123', '', ' ', ' \t\n', 'ABC', 'aBc', '12.5', '-1', 'a b', 'x_y']
for s in tests:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower())
print('0'.isdigit(), ''.isdigit(), '0a'.isdigit())
print(all(c.isdigit() for c in '0123456789'), any(c.isspace() for c in 'ab c'))
n = 0
for c in 'Hello World 2024!':
    if c.isalpha():
        n += 1
print(n)
print('abc'.isalpha(), 'ab1'.isalpha(), 'ABC'.isupper(), ' \t\n\r'.isspace(), 'a1_'.isalnum())
for c in 'aZ09 _-\n':
    print(repr(c), c.isalpha(), c.isdigit(), c.isspace(), c.isalnum(), c.isupper(), c.islower())
print(''.isalpha(), ''.isspace(), ''.isalnum(), ''.isupper(), ''.islower())
print('ABC1'.isupper(), 'abc1'.islower(), 'Abc'.isupper(), 'Abc'.islower())
print(sum(c.isdigit() for c in 'a1b22c333'), [w for w in 'ab 12 a1 !!'.split() if w.isalnum()])
print('   '.isspace(), '\x0b\x0c'.isspace(), 'x y'.isspace())
print([s.isdigit() for s in ('0', '9', '10', '-1', '1.0', ' 1')])
print('Z'.isalpha() and 'z'.isalpha(), '_'.isalpha(), '@'.isalnum())
