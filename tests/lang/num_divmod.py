# Numbers: divmod for ints and floats, and its errors
for a in (17, -17, 0, 2 ** 65, -(2 ** 65)):
    for b in (5, -5, 1):
        print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(0.0, 3))
print(divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod('a', 2)
except TypeError as e:
    print(type(e).__name__, e)
q, r = divmod(1000, 7)
print(q, r, q * 7 + r)
