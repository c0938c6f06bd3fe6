# Numbers: literal forms for ints and floats
print(0, 7, 2147483647, 2147483648, 9223372036854775807, 9223372036854775808)
print(0xff, 0XFF, 0o777, 0O17, 0b1111, 0B1)
print(1., .5, 1.5e3, 1.5E-3, 1e0, 0e0, 0.0, 00.5, 1_0.0_1)
print(123456789012345678901234567890123456789)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(-0x80000000, -0o20000000000, -0b10000000000000000000000000000000)
print(1 if 0b0 else 2, 3 if 0.0 else 4, 5 if 0x1 else 6)
print(type(1e3).__name__, type(1_000).__name__)
x = [1, 2., 3e1, 0x4, 0o5, 0b110]
print(x, sum(x))
print(1e400, -1e400)
print(3.0e-400)
print(0b1010 + 0o12 + 0xA + 10, 1e2 == 100, 1_0e1_0 == 1e11, 0.0 == -0.0)
print(type(0x10).__name__, type(1e-1).__name__, type(10 ** 100).__name__)
print(3.14e-2, 3.14E+2, 6.02e23, 1e-7, 1.0e7, 12e0)
print(0o777 == 511, 0b11111111 == 255 == 0xff)
big = 0xFFFF_FFFF_FFFF_FFFF_FFFF
print(big, big + 1 == 2 ** 80)
