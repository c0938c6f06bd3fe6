# Numbers: OverflowError and related errors at float limits
try:
    x = 10.0 ** 309
    print(x)
except OverflowError as e:
    print(type(e).__name__)
print(1e308 * 10, 1e308 + 1e308, -1e308 * 10)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 500)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((10 ** 400) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 10 ** 390)
except OverflowError as e:
    print(type(e).__name__, e)
print(issubclass(OverflowError, ArithmeticError), issubclass(OverflowError, Exception))
print(1e-320 / 1e10, 5e-324 / 2)
