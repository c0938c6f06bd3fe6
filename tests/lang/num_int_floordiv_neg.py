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
