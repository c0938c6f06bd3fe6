# Numbers: bitwise and, or, xor, invert on negative ints (two's complement semantics)
vals = (0, 1, -1, 5, -5, 12, -12, 255, -256)
for a in vals:
    print(a, ~a, [a & b for b in vals])
    print(' ', [a | b for b in vals])
    print(' ', [a ^ b for b in vals])
print(~0, ~-1, ~~7)
print(-1 & 0xFF, -2 & 0xFFFF, -1 ^ 0xFF)
print(-8 | 3, -8 & -3, -8 ^ -3)
def bits(n, width=8):
    return format(n & ((1 << width) - 1), '0%db' % width)
for n in (-1, -2, -128, 5, -5):
    print(n, bits(n), bits(~n), bits(n << 1), bits(n >> 1))
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5 & 0xF, -(2 ** 31) & 0xFFFFFFFF, (2 ** 31 - 1) | -(2 ** 31))
print(-1 >> 1, -2 >> 1, -3 >> 1, -4 >> 2, -1 << 10, -7 >> 0)
x = 0b10110
print(x & -x, x & (x - 1), bin(x ^ (x >> 1)), (x | (x - 1)) + 1)
popcount = lambda v: bin(v).count('1')
print([popcount(v & 0xFF) for v in (-1, -2, -3, 255, 128)])
mask = 0
for bit in (0, 3, 5, 31):
    mask |= 1 << bit
print(hex(mask), mask & ~(1 << 3), bool(mask & (1 << 5)), mask ^ -1)
print((-12) & (-8), (-12) | (-8), (-12) ^ (-8), ~(-12 & 7))
