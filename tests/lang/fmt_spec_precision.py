# format spec: precision for floats (f e g %) and for strings (truncation)
v = 1234.56789
for p in range(0, 8, 2):
    print(p, format(v, '.%df' % p), format(v, '.%de' % p), format(v, '.%dg' % p), format(v / 1e4, '.%d%%' % p))
print(format(0.000012345, '.3g'), format(0.00012345, '.3g'), format(123456, '.3g'), format(1e-10, '.2f'))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'), format(1.005, '.2f'))
print(format('truncate me', '.5'), format('ab', '.5'), format('µéñ', '.2'), format('', '.3'), format('xyz', '.0'))
print(format(1 / 3, '.17f'), format(1 / 3, '.17g'), format(2 / 3, '.20f'), format(1e22, '.1f'))
print(format(123.456, '.10g'), format(0.1, '.25f'))
try:
    format(5, '.2d')
except ValueError as e:
    print(type(e).__name__, e)
for n in (0, 1, 3, 6, 10):
    print(n, format(3.14159265358979, '.%df' % n), format(314.159265358979, '.%de' % n))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(-0.5, '.0f'), format(0.05, '.1f'))
print(format(9.995, '.2f'), format(9.9949, '.2f'), format(99.5, '.0f'), format(1e-10, '.10f'))
print('{:.3}'.format(3.14159), '{:.3}'.format('abcdef'), '{:.3}'.format(1234.5), '{:.1}'.format(0.05))
print('{:10.4}|{:<10.2}|{:^10.1}|'.format(2.718281828, 'truncate', 9.99))
print('%.3s|%.0f|%.1e|%.4g' % ('abcdef', 0.5, 12345, 3.14159265))
