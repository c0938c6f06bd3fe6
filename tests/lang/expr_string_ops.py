# Expressions: string operators (+, *, in, comparisons, %, indexing) in compound expressions
a, b = 'foo', 'bar'
print(a + b, a * 2 + b, (a + b) * 2, a[0] + b[-1], a[1:] + b[:1])
print(a < b, a > b, a == 'foo', a != b, 'Foo' < 'foo', 'foo' <= 'foo', 'abc' < 'abcd')
print('oo' in a, 'x' not in a, a.upper() + b.lower(), len(a + b) * 2)
print(('-' * 10) + '|', '=' * 3 + '>' + '<' + '=' * 3)
s = ''
for word in ('x', 'y', 'z'):
    s = s + word if not s else s + ',' + word
print(s)
print('%s/%s' % (a, b), '%d%%' % 50, 'n=%03d' % 7, '%-4s|' % 'ab')
print(f'{a}{b}' == a + b, str(1) + str(2) == '12', 'ab' * 0 == '')
print(sorted([b, a, 'baz', 'Bar']), max(a, b), min('zz', 'zzz'))
x = 'hello'
print(x[len(x) // 2], x[::-1] == 'olleh', x[-1] * 3, x.count('l') * '!')
print('abc' * 3 == 'abcabcabc', 'ab' + 'cd' * 2, ('ab' + 'cd') * 2)
print(str(3) + '3', int('3' + '3') + 3, float('1' + '.5') * 2)
print('%s-%s' % tuple('xy'), '{}{}'.format(*'ab'), ''.join(['a', 'b']) * 2)
print('Z' > 'A' > '9' > ' ', 'abc' > 'ab', 'b' > 'abc')
print('-'.join(['a', 'b']) + '!' * 3, ('x' + 'y') in 'wxyz', 'a' < 'b' == True)
