# Numbers: bitwise and, or, xor, invert on negative ints (two's complement semantics)
vals = (0, 1, -1, 5, -5, 12, -12, 255, -256)
for a in vals:
    print(a, ~a, [a & b for b in vals])
    print(' ', [a | b for b in vals])
    print(' ', [a ^ b for b in vals])
print(~0, ~-1, ~~7)
print(-1 & 0xFF, -2 & 0xFFFF, -1 ^ 0xFF)
print(-8 | 3, -8 & -3, -8 ^ -3)
