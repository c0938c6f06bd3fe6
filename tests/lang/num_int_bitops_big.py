# Numbers: bitwise ops mixing big ints and negative big ints
a = 2 ** 100 + 2 ** 50 + 7
b = 2 ** 80 - 1
print(a & b, a | b, a ^ b)
print(-a & b, -a | b, -a ^ b)
print(a & -b, a | -b, a ^ -b)
print(-a & -b, -a | -b, -a ^ -b)
print(~a, ~-a)
print(a & 0xFFFF, -a & 0xFFFFFFFF, (-a) & ((1 << 128) - 1))
print(a & 0, a | 0, a ^ 0, a ^ a)
m = (1 << 64) - 1
x = 0x123456789ABCDEF0
print(hex((x * 0x9E3779B97F4A7C15) & m))
print(hex(((x << 13) ^ (x >> 7)) & m))
print(bin(-a & 0xFF), hex(b))
print((a | b) - (a & b) == a ^ b)
print(bool(a & (1 << 50)), bool(a & (1 << 51)))
print((2 ** 64) .bit_length(), (2 ** 64 - 1).bit_length(), (-2 ** 64).bit_length())
print((2 ** 70 - 1) & (2 ** 35 - 1) == 2 ** 35 - 1, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70))
a = -(2 ** 65) + 3
print(a & 0xFFFF, a | 0xFF, a ^ -1, ~a, a & a, a | a, (a & -a))
