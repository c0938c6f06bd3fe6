# str: upper, lower, capitalize, title, swapcase, casefold-free case tests
for s in ('Hello World', 'ABC def', '123abc', '', 'already lower', 'MiXeD cAsE'):
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase())
print('hello'.isupper(), 'HELLO'.isupper(), 'Hello'.islower(), 'hello1'.islower(), '123'.isupper())
print('Title Case'.istitle(), 'not Title'.istitle())
print(sorted(['b', 'A', 'a', 'B'], key=str.lower))
print('x'.upper() is not None, 'A'.lower() == 'a')
print('hello world'.title(), "they're bill's".title(), 'HELLO'.capitalize(), 'hELLO wORLD'.swapcase())
print('abc'.upper().lower() == 'abc', '123ABC'.lower(), 'mIxEd123'.upper())
for w in ('Python', 'IRQ', 'vm', 'A1b2'):
    print(w, w.isupper(), w.islower(), w.istitle(), w.upper(), w.lower(), w.swapcase())
print(''.upper(), ' '.title(), 'a'.capitalize(), '1a'.capitalize(), 'x y'.title())
print('Hello'.lower() == 'hello'.lower(), 'HeLLo'.lower())
words = ['Banana', 'apple', 'Cherry', 'date']
print(sorted(words), sorted(words, key=str.upper), [w.lower() for w in words])
print('The Quick Brown'.lower().split(), '-'.join(w.capitalize() for w in 'snake_case_name'.split('_')))
print('abc DEF 123'.upper(), 'abc DEF 123'.lower(), 'abc DEF 123'.swapcase(), 'abc DEF 123'.title())
print([c.upper() for c in 'a1!z'], [c.lower() for c in 'A1!Z'])
print('HELLO'.isupper(), 'HELLO1'.isupper(), '1'.isupper(), 'hello world'.islower())
print('mIxEd'.lower() == 'mixed', 'x'.upper() * 3)
