# Numbers: three-argument pow (modular exponentiation), incl. big values
print(pow(3, 200, 1000))
print(pow(2, 10, 1000), pow(2, 100, 7))
print(pow(7, 0, 13), pow(0, 0, 5), pow(5, 3, 1))
print(pow(2, 1000, 10 ** 9 + 7))
print(pow(123456789, 987654321, 1000000007))
print(pow(2 ** 80 + 3, 2 ** 40 + 1, 2 ** 61 - 1))
print(pow(-3, 3, 10), pow(3, 3, -10), pow(-3, 3, -10))
print(pow(10, 20, 2 ** 64))
print(pow(2, 3), pow(2, -2), pow(-2, 3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
# fermat test on a few primes
for p in (101, 65537, 2 ** 31 - 1, 2 ** 61 - 1):
    print(p, pow(2, p - 1, p) == 1)
print(pow(3, -1, 7), pow(2, -1, 9))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
