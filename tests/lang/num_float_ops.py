# Numbers: float arithmetic and mixed int/float operations
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(7 / 2, 7.0 // 2, 7 % 2.5, -7 % 2.5)
print(3 * 1.5, 3 + 0.5, 10 - 0.25, 2 ** 0.5, 2 ** -1.0)
print(1.0 == 1, 1.5 > 1, 2 < 2.5, 0.1 + 0.2 == 0.3)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(float(3), float(-7), int(3.99), int(-3.99), int(1e10))
print(abs(-2.5), -(-1.5), +2.5)
print(round(2.5), round(3.5), round(2.675, 2), round(-1.25, 1))
print(1e308 * 10, -1e308 * 10)
print(0.1 * 10, sum([0.1] * 10))
print(10 / 4, 10 / 5, 9 / 3)
print((2.5).is_integer(), (3.0).is_integer())
print(float.__name__, type(1.0).__name__)
x = 0.0
for i in range(1, 101):
    x += 1.0 / i
print(x)
print(1.0 * 2 ** 70, 2 ** 70 / 1.0)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.5 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.5 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
