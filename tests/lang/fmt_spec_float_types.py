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
