# Expressions: operator precedence and associativity
print(2 + 3 * 4 ** 2, (2 + 3) * 4 ** 2, -3 ** 2, (-3) ** 2, 2 ** -1)
print(1 + 2 << 3, 1 + (2 << 3), 8 >> 1 + 1, 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, 1 | 2 ^ 3)
print(not 1 == 2, not (1 == 2), 1 < 2 and 2 < 3 or False, True or False and False)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3, 7 // 2 * 3, 7 % 4 * 2, -7 // 2, -(7 // 2))
print(~1 + 1, ~(1 + 1), -~5, ~-5, --5, +-+3)
print(1 if 0 else 2 if 0 else 3, [1, 2][0] + 1, 'ab' * 2 + 'c', 'x' in 'xy' == True)
print(3 > 2 == True, (3 > 2) == True, 0 < 1 < 2 > 1 != 0)
print((lambda: 0 if False else None)() is not None)
x = 5
print(x * -1, x ** -1, x - -x, x+-x)
print((1, 2) + (3,), [1] * 2 + [0], not [] and 5)
print(2 * 3 % 4, 2 * (3 % 4), 17 % 5 ** 2, 3 * 2 ** 2)
