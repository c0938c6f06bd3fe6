# Numbers: float() parsing of decimal strings, exponents and special names
for s in ('1', '1.5', '-1.5', '+2', '.5', '5.', '1e3', '1E-3', '-1.5e+10', '  7.25  ',
          '0.000001', '123456789.123456789', '1e308', '2e308', '4.9e-324', '1e-330',
          'inf', '-inf', '+Infinity', 'nan', 'NAN', '-0', '0e0', '00012.5'):
    print(repr(s), float(s))
print(float(7), float(-0), float(2 ** 53 + 1), float(True))
print(float('3.14159265358979323846264338327950288'))
print(float('0.1000000000000000055511151231257827'))
class F:
    def __float__(self):
        return 2.5
print(float(F()))
print(float(10 ** 30), float(-(10 ** 30)))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float('1e-5'), float('1E+5'), float('1.e2'), float('-.5e-1'), float('12'))
for s in ('3.0e0', '  -0.0  ', '+.1', '1_2.3_4e1_0', '0.000000000000000000001'):
    print(repr(s), float(s))
