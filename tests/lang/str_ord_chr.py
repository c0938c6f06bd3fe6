# str: ord() and chr() for ASCII, Latin-1, BMP and astral code points, plus errors
for c in 'aZ0 ~\x00\x7fé€😀':
    print(repr(c), ord(c), chr(ord(c)) == c)
print(chr(65), chr(0x3bc), chr(0x1F600), chr(0x10FFFF) == '\U0010ffff')
print(''.join(chr(i) for i in range(97, 123)))
print(sum(ord(c) for c in 'hello'))
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
print(ord(b'a'), ord(bytearray(b'z')))
