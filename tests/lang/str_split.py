# str.split with and without separator, and with maxsplit
print('a b  c'.split(), '  lead trail  '.split(), ''.split(), '   '.split())
print('a,b,,c'.split(','), ',a,'.split(','), ''.split(','), 'abc'.split(','))
print('a::b::c'.split('::'), 'aaa'.split('a'), 'a\tb\nc\r\nd'.split())
print('a b c d'.split(None, 1), 'a b c d'.split(' ', 2), 'a,b,c'.split(',', 0), 'a,b,c'.split(',', -1))
print('  a  b  c  '.split(None, 1), '  a  b  c  '.split(maxsplit=2), 'x=1=2'.split('=', maxsplit=1))
print('µ-é-ñ'.split('-'), 'line1\nline2\n'.split('\n'))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print('1 2 3'.split(' ') == ['1', '2', '3'])
print([int(x) for x in '10, 20, 30'.split(', ')])
print(b'a b  c'.split(), b'a,b'.split(b','))
print('a  b'.split(' '), 'a  b'.split(), '\ta\n b \x0b c'.split(), 'a|b|c'.split('|', 1))
csv = 'name,age,city\nann,30,paris\nbob,25,rome'
rows = [line.split(',') for line in csv.split('\n')]
print(rows, [dict(zip(rows[0], r)) for r in rows[1:]])
print('k1=v1;k2=v2;k3'.split(';'), [kv.split('=') for kv in 'k1=v1;k2=v2'.split(';')])
print('µ é  ñ'.split(), '日本 語'.split(' '), 'a,b,c,'.split(','), 'a,b,c,'.split(',', 1))
