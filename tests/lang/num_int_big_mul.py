# Numbers: big integer multiplication, addition and subtraction with signs
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(-a * b)
print(-a * -b)
print(a * 0, a * 1, a * -1)
print(a * a * a)
c = 2 ** 64 + 1
print(c * c)
print(c * (2 ** 64 - 1))
x = 1
for i in range(20):
    x = x * 1000003 + i
print(x)
print(x - x, x + -x)
print((10 ** 30 + 1) * (10 ** 30 - 1))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // (2 ** 47))
print(hash(5) == hash(5), 10 ** 20 == 10 ** 20)
print(2 ** 100 + 1 > 2 ** 100, -2 ** 100 < -2 ** 100 + 1)
print(2 ** 100 == 2.0 ** 100, 2 ** 100 < 2 ** 101)
print(max(2 ** 70, 3 ** 44), min(-2 ** 70, -3 ** 44))
