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
