# str.partition and rpartition
print('key=value'.partition('='), 'key=value=more'.partition('='), 'novalue'.partition('='))
print('key=value=more'.rpartition('='), 'novalue'.rpartition('='), ''.partition('x'))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'), '::'.partition('::'))
print('µ→é'.partition('→'), 'abc'.partition('abc'), 'abc'.rpartition('a'))
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
head, sep, tail = 'GET /index.html HTTP/1.1'.partition(' ')
print(head, repr(sep), tail)
name, _, ext = 'archive.tar.gz'.rpartition('.')
print(name, ext)
print(b'a=b'.partition(b'='), b'a=b=c'.rpartition(b'='))
for s in ('a=b', '=b', 'a=', '=', 'ab', 'a=b=c'):
    print(repr(s), s.partition('='), s.rpartition('='))
print('k: v: w'.partition(': '), 'k: v: w'.rpartition(': '))
print('µs=10'.partition('='), 'x→y→z'.rpartition('→'), 'aXbXc'.partition('X'))
print('no sep here'.partition(' | '), 'no sep here'.rpartition(' | '))
print(''.rpartition('x'), 'x'.partition('x'), 'x'.rpartition('x'))
