# Numbers: small int arithmetic, operator precedence, unary ops
a = 7
b = 3
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b)
print(-a, +a, ~a)
print(a & b, a | b, a ^ b)
print(a << b, a >> 1)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2)
print(10 - 3 - 2, 100 // 10 // 3, 2 * 3 % 4)
print(1 + 2 - 3 + 4 - 5)
x = 0
for i in range(10):
    x += i * i
print(x)
print(0, -0, 00, 1_000_000)
print(0x1F, 0o17, 0b1011, 0X_ff)
print(type(7 // 2).__name__, type(7 / 2).__name__)
print(7 / 7, 1 / 4, -1 / 4)
print(abs(-5), abs(5), abs(0))
n = 5
n *= 3
n -= 1
n //= 2
n **= 2
n %= 10
print(n)
n = 12
n <<= 2
n >>= 1
n |= 1
n &= 0x1D
n ^= 3
print(n)
print(int(True) + 1, 3 * (4 > 2))
