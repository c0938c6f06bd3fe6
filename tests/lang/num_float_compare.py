# Numbers: float comparisons, equality with ints, and float arithmetic edge cases
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 0.5 + 0.25 == 0.75)
print(1.0 == 1, 2.5 > 2, 2.5 < 3, -0.0 == 0, -0.0 < 0, 1e308 < float('inf'), -1e308 > float('-inf'))
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, float(2 ** 53 + 1) == 2 ** 53)
print(sorted([2.5, -1, 0.0, 3, -0.5, 1e-9, True]))
print(min(0.1, 0.10000000000000001), max(1e-300, 0), 5e-324 > 0, 5e-324 / 2 == 0)
print(1e16 + 1 == 1e16, 1e15 + 1 == 1e15, 0.1 * 3 == 0.3, 0.1 * 3)
vals = [i / 10 for i in range(11)]
print(vals)
print(sum(vals), sum(vals) == 5.5)
x = 1.0
n = 0
while x + 1.0 != 1.0:
    x /= 2
    n += 1
print(n, x)
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0, 0.1 + 0.7, 3 * 0.1, 1.1 + 2.2)
print(100 * 1.1, 0.3 / 0.1, 4.35 * 100, 1 - 0.9)
print(float('1e-5') == 1e-5, 12.5 == 25 / 2, 7 / 2 == 3.5, -7 / 2 == -3.5)
print(0.1 < 0.2 < 0.30000000000000004, 1e-300 > 0 > -1e-300, float('inf') > 10 ** 400)
