# str: repr() quoting rules and escape sequences
for s in ('abc', "it's", 'say "hi"', 'both \' and "', '', '\n', '\t\r', '\\', '\x00', '\x1f', '\x7f',
          '\x80', '\xa0', 'é', '\u2028', '日本', '😀', "'", '"', 'a\\nb'):
    print(repr(s))
print(repr(['a', "b'c"]), repr(('x',)), str(['é']))
print(repr('é\xe9'))
print('%r' % 'q', '{!r}'.format('w'), f'{"e"!r}')
