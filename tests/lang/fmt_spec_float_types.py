# format spec: float presentation types f F e E g G % and default
vals = [0.0, 1.0, -2.5, 3.14159265, 1e-5, 123456789.0, 1e16, 2.0 ** 0.5, 0.1]
for v in vals:
    print(format(v, 'f'), format(v, 'e'), format(v, 'g'), format(v, ''), format(v, '.3'))
for v in (float('inf'), float('-inf'), float('nan')):
    print(format(v, 'f'), format(v, 'F'), format(v, 'e'), format(v, 'E'), format(v, 'g'), format(v, 'G'), format(v, '%'))
print(format(1e-5, 'E'), format(1e-5, 'G'), format(1e20, 'F'), format(123.0, 'G'), format(1e16, 'G'))
print(format(0.5, '%'), format(1.0, '.0%'), format(-0.015, '.1%'), format(2.0, '10.2%') + '|')
print(format(1e15, 'g'), format(1e16, 'g'), format(1e-4, 'g'), format(1e-5, 'g'), format(0.00001234, '.2g'))
print(format(-0.0, 'f'), format(-0.0, 'e'), format(-0.0, 'g'), format(-0.0, ''))
print(format(1.5e300, 'e'), format(1.5e300, 'g'), format(1.5e300, ''), format(-1.5e-300, '.3'))
for v in (0.5, 1.5, 2.5, 0.125, 123.456, 1e-7, 9.999e5, 99999.5):
    print(v, format(v, '.0f'), format(v, '.1f'), format(v, '.2e'), format(v, '.3g'), format(v, 'G'))
print(format(1e21, 'f'), format(1e-21, '.25f'), format(123.456, '.10e'), format(2 ** 0.5, '.15g'))
print(format(0.1, '.20g'), format(1 / 3, '.0e'), format(2.0, 'e'), format(1e100, 'E'))
print(format(float(2 ** 70), 'f'), format(float(2 ** 70), 'g'), format(1e16, 'f'))
print(format(5e-324, 'g'), format(1.7976931348623157e308, 'e'), format(2.2250738585072014e-308, 'g'))
print(format(0.000123456, '%'), format(12.3456, '.1%'), format(-0.5, '%'))
print(format(1.0, 'g'), format(10.0, 'g'), format(1e5, 'g'), format(1e6, 'g'), format(123456.0, 'g'), format(1234567.0, 'g'))
print(format(0.0001, 'g'), format(0.00001, 'g'), format(0.00001, 'f'), format(0.00001, 'e'))
print(format(3.14159, '10.3f') + '|', format(3.14159, '<10.3e') + '|', format(3.14159, '^10.3g') + '|')
