# Numbers: modulo identities for negative operands, including big values
for a in (-100, -17, -1, 0, 1, 17, 100):
    for b in (-7, -1, 1, 7):
        q, r = a // b, a % b
        assert q * b + r == a
        print(a, b, q, r)
print(-2 ** 70 % 7, 2 ** 70 % -7)
print(-10 ** 25 // 3, -10 ** 25 % 3)
print([i % 5 for i in range(-7, 8)])
print([i % -5 for i in range(-7, 8)])
print([-i // 4 for i in range(9)])
print([(i % 3, -i % 3) for i in range(6)])
def mod_pow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(mod_pow(-3, 7, 11), pow(-3, 7, 11), mod_pow(2, 100, 7), pow(2, 100, 7))
print(-17 % 2 ** 64 == 2 ** 64 - 17, (-17) % 2 ** 32, -(17 % 2 ** 32))
print((-7) % 7, -0 % 5, (-1) % 1)
print([round((-x) % 2.5, 10) for x in (0.5, 1.0, 2.5, 3.0)])
