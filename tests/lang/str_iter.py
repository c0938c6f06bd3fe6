# str: iteration over characters, enumerate, reversed, and building by chars
s = 'héllo'
for c in s:
    print(c, ord(c), end=' ')
print()
for i, c in enumerate(s):
    if c == 'l':
        print('l at', i)
print(list(reversed(s)), ''.join(reversed(s)))
it = iter('ab')
print(next(it), next(it), next(it, 'end'))
counts = {}
for c in 'mississippi':
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(sorted(counts.items()))
print([c * 2 for c in 'xyz'], {c for c in 'aaa'}, 'a' in iter('cba'))
print(''.join(c for c in 'a1b2c3' if c.isdigit()))
vowels = sum(1 for c in 'programming language' if c in 'aeiou')
print(vowels)
print(list(zip('abc', 'xyz')), list(map(str.upper, 'hi')))
