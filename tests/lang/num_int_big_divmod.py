# Numbers: big integer floor division and modulo with all sign combinations
a = 10 ** 40 + 12345
b = 10 ** 17 + 3
for x, y in ((a, b), (-a, b), (a, -b), (-a, -b)):
    q, r = divmod(x, y)
    print(q, r, q * y + r == x)
    print(x // y, x % y)
print(a // 7, a % 7, -a // 7, -a % 7)
print(2 ** 200 // 3 ** 50)
print(2 ** 200 % 3 ** 50)
print(2 ** 200 // -(3 ** 50))
print(2 ** 200 % -(3 ** 50))
print(12345678901234567890 // 10, 12345678901234567890 % 10)
print(divmod(2 ** 100, 2 ** 50))
print(divmod(-(2 ** 100), 2 ** 50 + 1))
print(10 ** 30 / 10 ** 10)
print(2 ** 100 / 2 ** 98)
print(7 // 10 ** 30, -7 // 10 ** 30, 7 % 10 ** 30, -7 % 10 ** 30)
try:
    print(2 ** 100 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 100 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
