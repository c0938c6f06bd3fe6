# Benchmark: string building and formatting (f-strings, str.format, %, join, concatenation)
N = 140000

def run(n):
    parts = []
    total = 0
    for i in range(n):
        a = f'{i}:{i * 2:>6}|{i / 7:.3f}'
        b = '{}-{:04x}-{:<5}'.format(i, i & 0xFFFF, 'ab')
        c = '%d/%s' % (i, 'x')
        s = a + b + c
        total += len(s)
        if i % 50 == 0:
            parts.append(s)
    joined = ','.join(parts)
    words = joined.split(',')
    total += len(joined) + len(words) + joined.count('|')
    t = ''
    for w in words[:300]:
        t += w[:3]
    return total + len(t)

print('string_build', run(N))
