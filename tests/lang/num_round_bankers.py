# Numbers: round() uses round-half-to-even (banker's rounding)
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, -3.5)])
print([round(x + 0.5) for x in range(-6, 7)])
print(round(0.5), round(1.5), round(2.5))
print(round(2.5) == 2, round(3.5) == 4)
print(round(0.49999999999999994), round(0.5000000000000001))
print(round(1e15 + 0.5), round(2 ** 52 + 0.5))
print(round(0.25, 1), round(0.35, 1), round(0.45, 1), round(2.5, 0), round(3.5, 0))
print(round(25, -1), round(35, -1), round(-25, -1), round(-35, -1))
print(round(250, -2), round(350, -2), round(-150, -2))
total = 0
for i in range(100):
    total += round(i + 0.5)
print(total)
