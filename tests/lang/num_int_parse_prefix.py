# Numbers: int(str, 0) guesses the base from the prefix; explicit bases accept their prefix
print(int('0x1f', 0), int('0X1F', 0), int('0o17', 0), int('0b101', 0), int('42', 0), int('0', 0))
print(int('-0x10', 0), int('+0b11', 0), int('  0o7  ', 0))
print(int('0x1f', 16), int('0o17', 8), int('0b101', 2), int('0xff_ff', 16))
print(int('0x_1f', 0), int('0b_1_0', 0), int('1_000', 0))
print(int('000', 0), int('0_0', 0))
for s in ('010', '0x', '0b2', '0o8', '08', '1__0', '_1', '1_'):
    try:
        print(int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('12', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('12', 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(hex(int('0xdeadbeef', 0)), oct(int('0o755', 0)), bin(int('0b1101', 0)))
