# Numbers: modulo identities for negative operands, including big values
for a in (-100, -17, -1, 0, 1, 17, 100):
    for b in (-7, -1, 1, 7):
        q, r = a // b, a % b
        assert q * b + r == a
        print(a, b, q, r)
print(-2 ** 70 % 7, 2 ** 70 % -7)
print(-10 ** 25 // 3, -10 ** 25 % 3)
