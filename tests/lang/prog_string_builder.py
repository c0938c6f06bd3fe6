# Program: building strings several ways (concat, join, format, list of parts) and a table report
rows = [('alpha', 3, 1.5), ('beta', 12, 22.25), ('gamma', 100, 0.125), ('delta', 7, 1234.5), ('µ-test', 1, 0.0)]
s = ''
for name, n, v in rows:
    s += name + ':' + str(n) + ';'
print(s)
parts = []
for name, n, v in rows:
    parts.append('%s=%d' % (name, n))
print(', '.join(parts))
print('|'.join('{:>8}'.format(r[0]) for r in rows))
header = '{:<8} {:>5} {:>10}'.format('name', 'count', 'value')
print(header)
print('-' * len(header))
total = 0
for name, n, v in rows:
    print(f'{name:<8} {n:>5d} {v:>10.3f}')
    total += n * v
print('-' * len(header))
print(f'{"total":<8} {sum(r[1] for r in rows):>5d} {total:>10.2f}')
buf = []
for i in range(1, 21):
    if i % 15 == 0:
        buf.append('FizzBuzz')
    elif i % 3 == 0:
        buf.append('Fizz')
    elif i % 5 == 0:
        buf.append('Buzz')
    else:
        buf.append(str(i))
print(' '.join(buf))
big = ''.join(chr(ord('a') + i % 26) for i in range(1000))
print(len(big), big[:30], big.count('z'), big[::100])
words = 'the quick brown fox jumps over the lazy dog'.split()
print(' '.join(w.capitalize() for w in words), ' '.join(reversed(words)))
print(''.join(w[0] for w in words).upper(), '-'.join(sorted(set(words))))
line = ''
out = []
for w in words * 3:
    if len(line) + len(w) + 1 > 30:
        out.append(line)
        line = w
    else:
        line = (line + ' ' + w).strip()
out.append(line)
for l in out:
    print('[' + l.ljust(30) + ']')
acc = 'x'
for i in range(10):
    acc = acc + acc
print(len(acc))
