# Built-ins: chr, ord, hex, oct, bin, including round trips
print(chr(97), chr(0x41), ord('a'), ord('A'), ord('\n'), chr(10) == '\n')
print([chr(c) for c in range(48, 58)], ''.join(chr(ord(c) + 1) for c in 'HAL'))
print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(hex(ord('é')), ord(chr(0x1F600)) == 0x1F600, chr(0xB5))
try:
    ord(5)
except TypeError as e:
    print(type(e).__name__)
try:
    chr('a')
except TypeError as e:
    print(type(e).__name__)
try:
    hex(1.0)
except TypeError as e:
    print(type(e).__name__, e)
alphabet = ''.join(chr(i) for i in range(ord('a'), ord('z') + 1))
print(alphabet, alphabet.upper()[::5])
print([hex(b) for b in b'\x00\x7f\x80\xff'], [oct(x) for x in (7, 8, 64)])
print([bin(x).count('1') for x in range(16)])
print(hex(0xdeadbeef).upper(), hex(-1), oct(0), bin(2 ** 40))
rot13 = ''.join(chr((ord(c) - 97 + 13) % 26 + 97) if 'a' <= c <= 'z' else c for c in 'hello, irq')
print(rot13)
print(sum(ord(c) for c in 'µé€'), [chr(c) for c in (0x41, 0xe9, 0x20ac)])
print(int('0x1f', 16), int('1f', 16), int('0b101', 2), int('0o17', 8))
