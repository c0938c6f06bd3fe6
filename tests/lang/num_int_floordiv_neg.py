# Numbers: floor division and modulo of negative ints round towards -inf
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(7 // 2, 7 % 2)
print(-1 // 3, -1 % 3)
print(0 // 5, 0 % -5)
print(-6 // 3, -6 % 3, 6 // -3, 6 % -3)
for a in range(-5, 6):
    row = []
    for b in (-3, -2, -1, 1, 2, 3):
        row.append((a // b, a % b))
    print(a, row)
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(-7 / 2, 7 / -2)
print(-(7 // 2), (-7) // 2)
print(-2 ** 70 // 3, -2 ** 70 % 3, 2 ** 70 // -3, 2 ** 70 % -3, -1 // 2 ** 70, -1 % 2 ** 70 == 2 ** 70 - 1)
print(-9 // 3, -10 // 3, -11 // 3, -12 // 3, 9 // -4, 10 // -4, 11 // -4, 12 // -4)
print(-9 % 4, -10 % 4, -11 % 4, -12 % 4, 9 % -4, 10 % -4, 11 % -4, 12 % -4)
print(divmod(-1, 1), divmod(-1, -1), divmod(0, -3), divmod(-2 ** 31, 7), divmod(-2 ** 63, 10))
