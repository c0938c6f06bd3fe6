# Numbers: underscores in numeric literals and in int()/float() strings
print(1_000, 0x_FF, 0b_1010, 0o_7_7, 1_0.5, 1e1_0, 10_000.000_1)
print(int('1_000_000'), int('f_f', 16), float('1_000.25'), float('1e1_0'))
for s in ('1__000', '_100', '100_', '1_000_', '0x_'):
    try:
        print(int(s, 0 if s.startswith('0x') else 10))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ('1__0.0', '1.0_', '_1.0'):
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(123_456 * 2, 0xFFFF_FFFF + 1)
print(0b_1111_0000, 0o_12_34, 0x_dead_beef, 1_2_3_4_5)
print(int('1_000', 2 + 8), int('7_7', 8), int('  1_0  '), float('  1_0.0_1  '))
print(100_000 + 1_0, 0.000_001 * 1_000_000)
print(int('0_1'), int('0b1_1', 0), int('0o1_7', 0), int('0x1_f', 0), int('1_2', 16))
for s in ('1_0', '10', '1_0_0'):
    print(s, int(s), float(s), int(s, 16))
