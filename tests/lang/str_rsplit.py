# str.rsplit splits from the right; differs from split only with maxsplit
print('a b c d'.rsplit(), 'a b c d'.rsplit(None, 1), 'a b c d'.rsplit(' ', 2))
print('a,b,c'.rsplit(',', 1), 'a,b,c'.rsplit(','), ',,'.rsplit(','), ''.rsplit())
print('  a  b  c  '.rsplit(None, 1), '  a  b  c  '.rsplit(maxsplit=1))
print('path/to/file.txt'.rsplit('/', 1), 'file.tar.gz'.rsplit('.', 1), 'noext'.rsplit('.', 1))
print('aXXbXXc'.rsplit('XX', 1), 'aaaa'.rsplit('aa', 1), 'aaaaa'.rsplit('aa'))
print('a b'.rsplit(None, 0), 'x'.rsplit('x'))
try:
    'x'.rsplit('')
except ValueError as e:
    print(type(e).__name__, e)
for n in range(-1, 4):
    print(n, 'a b c d'.rsplit(' ', n), 'a b c d'.split(' ', n))
print(' x  y '.rsplit(), ' x  y '.rsplit(' '), 'x'.rsplit(), ''.rsplit('x'))
print('1.2.3.4'.rsplit('.', 2), 'a--b--c'.rsplit('--', 1), 'µ-é-ñ'.rsplit('-', 1))
print('a:b:c:d'.rsplit(':', 2), 'a:b:c:d'.split(':', 2), ':a:'.rsplit(':'), 'a'.rsplit(':', 5))
print('one  two   three'.rsplit(None, 1), '  x'.rsplit(None, 1), 'x  '.rsplit(None, 1))
print('k.v.w'.rsplit('.', maxsplit=1), 'µ.é.ñ'.rsplit('.'), ''.rsplit())
print('aaa'.rsplit('a'), 'aaa'.rsplit('a', 1), 'abcabc'.rsplit('bc'))
print('x,y,,z'.rsplit(',', 2), 'x,y,,z'.rsplit(',', 3))
