# str: upper, lower, capitalize, title, swapcase, casefold-free case tests
for s in ('Hello World', 'ABC def', '123abc', '', 'already lower', 'MiXeD cAsE'):
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase())
print('hello'.isupper(), 'HELLO'.isupper(), 'Hello'.islower(), 'hello1'.islower(), '123'.isupper())
print('Title Case'.istitle(), 'not Title'.istitle())
print(sorted(['b', 'A', 'a', 'B'], key=str.lower))
print('x'.upper() is not None, 'A'.lower() == 'a')
