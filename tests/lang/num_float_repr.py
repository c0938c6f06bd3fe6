# Numbers: float repr must be the shortest round-tripping form, as CPython prints it
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, 1e16, 1e15, 123456789012345678.0, 1e-7, 1e-5, 0.0001,
        1.5e300, 1e308, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        -0.0, 0.0, 2.0 ** 0.5, 1 / 3, 2 / 3, 3.14159, 100.0, 1e22, 1e23, 9007199254740993.0,
        0.5, 0.25, 0.125, 1.1, 2.675, 1234.5678, 1e100, 12345.678e-20]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'))
print([1.0, -2.5, 3e-10])
print((1.5, 2.0))
print(2.0 ** 0.5 * 2.0 ** 0.5)
print(0.1 * 3, 0.3 - 0.1, 1.1 * 1.1)
print(1e16 + 1, 1e16 + 2)
print(float(10 ** 20), float(2 ** 63), float(-2 ** 64))
print(7.0, 7.0 / 2, -7.5, 1e0, 1e1, 1e-1)
print(repr(1.0e15), repr(1.0e16), repr(1.0e-4), repr(1.0e-5), repr(0.1 + 0.7), repr(1 / 7))
print([round(0.1 * i, 10) for i in range(5)], 3.0 * 1.1, 100 * 1.1)
print(float(3), 3.0 == 3, str(1.0), str(-1.25), str(1e-9))
for e in range(-8, 18, 3):
    print(e, 10.0 ** e, 1.5 * 10.0 ** e, -(2.0 ** e))
