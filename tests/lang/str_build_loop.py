# str: building strings in loops (concatenation, join, replace chains, reversal) and immutability
s = ''
for i in range(26):
    s += chr(65 + i)
print(s, len(s))
t = s
s += '!'
print(t[-1], s[-1], t is not s)
acc = []
for word in 'one two three four'.split():
    acc.append(word[::-1])
print(' '.join(acc))
res = 'x'
for _ in range(5):
    res = '(' + res + ')'
print(res)
text = 'aaa'
for old, new in (('a', 'ab'), ('b', 'cd'), ('ac', 'e')):
    text = text.replace(old, new)
print(text)
line = ''
for n in range(1, 16):
    line += str(n % 10)
print(line, line[::-1], line[::2])
rows = []
for r in range(5):
    rows.append(' ' * (4 - r) + '*' * (2 * r + 1))
print('\n'.join(rows))
numbers = ''
for i in range(100):
    numbers += str(i)
print(len(numbers), numbers[-10:], numbers.count('9'))
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in 'hello, world')
print(caesar)
binary = ''
n = 2024
while n:
    binary = str(n % 2) + binary
    n //= 2
print(binary, binary == bin(2024)[2:])
