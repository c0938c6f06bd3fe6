# Numbers: int(str, base) for bases 2..36 and int() of floats/bools
print(int('101', 2), int('777', 8), int('ff', 16), int('FF', 16), int('z', 36), int('Zz', 36))
print(int('10', 3), int('-10', 7), int('+10', 5), int('  42  '), int('\t-3\n'))
print(int('123456789012345678901234567890'), int('-99999999999999999999'))
print(int('1' * 70, 2))
print(int('abcdef0123456789' * 3, 16))
print(int(3.9), int(-3.9), int(True), int(), int('0'), int('-0'))
print(int('07'), int('000'), int('00010'))
for b in (2, 8, 10, 16, 36):
    print(b, int('11', b), int('-11', b))
print(int(1e20), int(-2.5e18))
class I:
    def __int__(self):
        return 99
print(int(I()))
class J:
    def __index__(self):
        return 7
print(int(J()), [0, 1, 2, 3, 4, 5, 6, 7][J()])
print(int('1_2_3'), int('0_0'), int('1_0', 16))
