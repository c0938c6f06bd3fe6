# Numbers: round() on floats with ndigits returns float; without, returns int
print(round(3.14159, 2), round(3.14159, 0), round(3.14159), type(round(3.7)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(-3.14159, 3), round(123.456, -1), round(123.456, -2), round(-123.456, -2))
print(round(1e20, 2), round(1.5e-10, 12), round(0.0, 3), round(-0.0, 3))
print(round(7.0, 1), round(7.25, 1), round(7.35, 1), round(1234.5678, 3))
for n in range(6):
    print(n, round(2 / 3, n), round(-2 / 3, n))
print(round(1e300, -299), round(99.99, 1), round(99.95, 1))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 2))
print(round(0.5, 0), round(-0.5, 0), round(1234.5, -1), round(1e15 + 0.3, 0))
print(round(3.14159, -1), round(15.0, -1), round(25.0, -1), round(5e-5, 4), round(5.5e-5, 4))
