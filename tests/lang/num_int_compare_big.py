# Numbers: comparisons among small ints, big ints of both signs, and equality
vals = [0, 1, -1, 2 ** 30, -(2 ** 30), 2 ** 31, 2 ** 64, -(2 ** 64), 2 ** 100, -(2 ** 100)]
for a in vals:
    print(a, [a < b for b in vals].count(True), [a == b for b in vals].count(True))
print(sorted(vals))
print(sorted(vals, reverse=True)[:3])
x = 2 ** 64
print(2 ** 64 == 2 ** 64, 2 ** 64 != 2 ** 64 + 1, x is not None)
print(max(vals), min(vals), (2 ** 64 > 0) + (2 ** 64 < 0))
x = 2 ** 70
y = 2 ** 69 * 2
print(x == y, x <= y, x >= y, x < y)
print((10 ** 20) // 10 ** 19 == 10, 10 ** 20 - 10 ** 20 == 0)
print(2 ** 100 > 2 ** 100 - 1 > 2 ** 99, -(2 ** 100) < -(2 ** 99) < 0 < 1)
print([2 ** 64 > v for v in (0, -1, 2 ** 63, 2 ** 65)], 2 ** 64 in [2 ** 64], 2 ** 64 in {2 ** 64: 1})
print(10 ** 30 == int('1' + '0' * 30), 10 ** 30 != 10 ** 30 + 1)
a = 2 ** 80
b = a + 0
print(a == b, a <= b, a >= b, a < b + 1)
print(sorted([2 ** 70, 5, -(2 ** 70), 0, 2 ** 69]), max(2 ** 65, 2 ** 64, key=lambda v: -v))
