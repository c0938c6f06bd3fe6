# str: repr() quoting rules and escape sequences
for s in ('abc', "it's", 'say "hi"', 'both \' and "', '', '\n', '\t\r', '\\', '\x00', '\x1f', '\x7f',
          '\x80', '\xa0', 'é', '\u2028', '日本', '😀', "'", '"', 'a\\nb'):
    print(repr(s))
print(repr(['a', "b'c"]), repr(('x',)), str(['é']))
print(repr('é\xe9'))
print('%r' % 'q', '{!r}'.format('w'), f'{"e"!r}')
print(repr("'"), repr('"'), repr('\'"'), repr('a\tb'), repr('\r\n'), repr('\x01'))
for s in ('normal', "quote'", 'dq"', 'mix\'"', '', ' ', '\\', 'é\n'):
    print(repr(s), len(repr(s)))
print(repr(['x', ('y', "z'")]), repr({'k': 'v'}), repr(('a',)))
print(str('x'), repr(str('x')), repr(repr('x')))
nested = ["it's", 'say "x"']
print(nested, str(nested), repr(nested))
print('%r %s' % ("a'b", "a'b"), '{!r}'.format('\n'))
print(repr('\u0100'), repr('\uffff'), repr('\U00010000'))
print(repr('a' * 5), repr('\x00' * 2), repr('µ' * 2), repr(' \t '))
print(repr('\\n'), repr('\\'), len(repr('\\')))
print(repr("'\""), repr("'\"'"))
print(str(['\n']), str(('\t',)), str({'\\': 1}))
