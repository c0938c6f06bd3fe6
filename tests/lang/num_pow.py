# Numbers: ** operator and pow() with ints, floats, negative exponents
print(2 ** 10, 2 ** 0, 0 ** 5, (-3) ** 3, (-3) ** 4)
print(2 ** -2, (-2) ** -3, 4 ** 0.5, 8 ** (1 / 3), 2.0 ** 3)
print(pow(2, 10), pow(2.5, 2), pow(-8, 2), pow(10, -3))
print(10 ** 18, 10 ** 19, 10 ** 20)
print(1.5 ** 2, 0.5 ** 10, 1e10 ** 2, 2 ** 0.0, 0.0 ** 0)
x = 3
x **= 4
print(x)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(10.0, 400)
except OverflowError as e:
    print(type(e).__name__)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print([n ** 2 for n in range(10)])
print([2 ** n for n in range(0, 70, 7)])
print(pow(True, 2), pow(2, True), 7 ** 1)
