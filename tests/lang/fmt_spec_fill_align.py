# format spec: fill characters and alignment < > ^ = for strings and numbers
for spec in ('<8', '>8', '^8', '*<8', '*>8', '*^8', '-^9', '0>5', 'µ^7', ' >4'):
    print(spec, '[' + format('ab', spec) + ']', '[' + format(42, spec) + ']')
for spec in ('=8', '0=8', '*=+8', '=+8', ' =8'):
    print(spec, '[' + format(-42, spec) + ']', '[' + format(42, spec) + ']', '[' + format(-1.5, spec) + ']')
print('[{:<}]'.format('x'), '[{:>1}]'.format('xyz'), '[{:^2}]'.format('abc'))
print('[{:^6}]'.format('odd'), '[{:^7}]'.format('odd'), '[{:^6}]'.format('ev'), '[{:^5}]'.format('ev'))
print('[{:<6}]'.format(1.5), '[{:6}]'.format(1.5), '[{:6}]'.format('s'), '[{:6}]'.format(True))
try:
    format('s', '=5')
except ValueError as e:
    print(type(e).__name__, e)
for fill in ('.', '0', ' ', 'x', '#', '%'):
    print(fill, ('{:' + fill + '^9}').format('mid'), ('{:' + fill + '<5}').format(7), ('{:' + fill + '>6.1f}').format(2.25))
print('[{:<{w}}][{:>{w}}][{:^{w}}]'.format('a', 'b', 'c', w=4))
print('[{:=^11}]'.format(' title '), '[{:-<10}]'.format('left'), '[{:_>10}]'.format('right'))
print('[{:>8}]'.format(-3.5), '[{:<8}]'.format(-3.5), '[{:^8}]'.format(-3.5), '[{:=8}]'.format(-3.5))
print('[{:*^1}]'.format('wide'), '[{:*^0}]'.format(''), '[{:>3}]'.format(''), '[{:<2}]'.format(123456))
print('[%-6s][%6s][%-6d][%6.2f]' % ('ab', 'ab', 42, 2.5))
print('[' + 'µ'.center(5, '·') + ']', '[{:·^5}]'.format('µ'), '[{:é<4}]'.format(1))
