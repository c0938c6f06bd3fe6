# Numbers: conversions between float and int, truncation and exactness
for f in (0.0, 0.9, -0.9, 1.5, -1.5, 1e10, -1e10, 1e18, 1e19, 2.0 ** 63, 2.0 ** 64, 1.2345e30, 1.7976931348623157e308):
    print(repr(f), int(f))
for n in (0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 63, 10 ** 22, 10 ** 23, 2 ** 1000):
    print(n, float(n))
print(int(float(2 ** 62)) == 2 ** 62, float(int(1e15)) == 1e15)
print(int('  -17 '), float(' -17 '), int(-17.999))
print(float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print((2 ** 1024) > 1e308, 10 ** 309 > float('1e308'))
for s in ('0', '-0', '1.0', '-1.0', '1e5', '123.999'):
    print(s, int(float(s)), float(int(float(s))))
print(int(2.0 ** 64), int(-2.0 ** 64), int(1e30) == 10 ** 30, int(1e22) == 10 ** 22)
print(int(0.9999999999999999), int(-0.9999999999999999), int(1.0000000000000002))
print(float(1 << 60) == 2 ** 60, float((1 << 60) + 1) == 2 ** 60, int(float(123456789)) == 123456789)
print(round(2.0 ** 63) == 2 ** 63, int(7.5 // 2), int(-7.5 // 2))
print([int(x / 2) for x in range(-5, 6)])
print(float(-(10 ** 20)), float(10 ** 15 + 1), float(2 ** 70 + 1) == 2.0 ** 70)
