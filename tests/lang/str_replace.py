# str.replace with count, empty patterns, and overlapping text
s = 'one two one three one'
print(s.replace('one', '1'), s.replace('one', '1', 1), s.replace('one', '1', 2), s.replace('one', '1', 0))
print(s.replace('one', '1', -1), s.replace('zzz', 'y'), s.replace(' ', ''))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('a', 'aa'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print(''.replace('', 'x'), ''.replace('a', 'b'), 'abc'.replace('abc', ''))
print('µé'.replace('é', 'e'), 'naïve'.replace('ï', 'i'), 'x'.replace('x', 'µµ'))
t = 'a-b-c'
print(t.replace('-', '+').replace('+', ''), t)
print(b'a.b.c'.replace(b'.', b'/'), b'aaa'.replace(b'a', b'b', 2))
try:
    'abc'.replace(1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
for n in range(-1, 4):
    print(n, 'a.b.c.d'.replace('.', '/', n))
print('hello'.replace('l', ''), 'hello'.replace('hello', 'bye'), 'x'.replace('', '.'))
print('aaa'.replace('a', 'b', 1).replace('a', 'c'))
print('µµµ'.replace('µ', 'u', 2), '日本日本'.replace('本', 'x'))
print('The cat sat'.replace('at', 'og'), 'abab'.replace('ab', 'ba'))
