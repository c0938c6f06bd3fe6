# str.strip/lstrip/rstrip with default whitespace and with explicit chars
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abc'.strip('cba'), repr('aaa'.strip('a')))
print('www.example.com'.lstrip('cmowz.'), 'www.example.com'.rstrip('cmowz.'))
print(repr(''.strip()), repr('   '.strip()), 'no-op'.strip(), 'x'.strip(''))
print('--µ--'.strip('-'), 'µµaµµ'.strip('µ'), '\u3000wide\u3000'.strip() == 'wide')
print('0012300'.lstrip('0'), '0012300'.rstrip('0'), '12.500'.rstrip('0').rstrip('.'))
print('abc'.strip(None), '  abc '.lstrip(None))
print(b'  bytes  '.strip(), b'xxbxx'.strip(b'x'))
for s in ('  x  ', '\t\nx\r\n', 'xxx', '', ' ', '..x..', 'x'):
    print(repr(s), repr(s.strip()), repr(s.strip('.')), repr(s.lstrip(' x')), repr(s.rstrip('x\n')))
print('abcba'.strip('ab'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'), 'aaa'.lstrip('a') == '')
print('  µs  '.strip(), '\u00a0x\u00a0'.strip() == 'x', '--==x==--'.strip('-='))
print('path/to/dir///'.rstrip('/'), '0.25000'.rstrip('0'), '+-123'.lstrip('+-'))
