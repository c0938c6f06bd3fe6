# Numbers: mixing int, big int, float and bool in arithmetic and comparisons
print(1 + 1.0, 2 ** 70 + 0.5, 2 ** 70 * 1.0, 3 - True, 2.5 * False)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 < 1e21, 10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float('inf'))
print(int(2.0 ** 80), int(-2.0 ** 80), float(2 ** 80))
print(7 // 2.0, 7 % 2.0, -7 // 2.0, 7.0 // -2)
print(max(1, 2.5, 2), min(3, 1.0, 1), sorted([3, 1.5, 2, 0.5, True]))
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False), hash(2 ** 20) == hash(2.0 ** 20))
d = {1: 'a'}
d[1.0] = 'b'
d[True] = 'c'
print(d, len(d))
print(0.5 + 1 / 2, 3 / 2 == 1.5, 1 / 3 * 3 == 1.0)
print(type(1 + 1.0).__name__, type(2 ** 100 + 1).__name__, type(True + 0.0).__name__)
print(sum([1, 2.5, 3]), sum([2 ** 70, 1.0]))
print(abs(-3) + abs(-3.5), round(7 / 2), round(-7 / 2))
print(10 / 4, 10 // 4.0, 10 % 4.0, 2 ** 0.5 * 2 ** 0.5 == 2, 3 * 0.1 == 0.3)
print(int(10 ** 15 + 0.5), int(10 ** 16 + 0.5), 1 + 2 ** 60 * 1.0 - 2 ** 60)
print(2 ** 1000 > 1e300, 2 ** 1000 < float('inf'), -(2 ** 1000) > float('-inf'))
print(divmod(2 ** 70, 3.0), divmod(-(2 ** 40), 3.5))
