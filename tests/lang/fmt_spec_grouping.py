# format spec: thousands separators ',' and '_' for ints and floats, with width
for v in (0, 999, 1000, 12345, -1234567, 10 ** 12, 123456789012345678901234567890):
    print(format(v, ','), format(v, '_'), format(v, '>16,'), format(v, '016,'))
print(format(1234567.891, ',.2f'), format(1234567.891, '_.3f'), format(-0.5, ',.1f'), format(1e6, ',.0f'))
print(format(0xDEADBEEF, '_x'), format(0xDEADBEEF, '_b'), format(8 ** 8, '_o'), format(255, '#_x'))
print(format(1234.5, ','), format(1e20, ','), format(12345.678, ',e'), format(12345678.0, ',g'))
print('{:,} {:_} {:,d}'.format(5000, 5000, 5000000))
try:
    format(1, ',_')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, ',x')
except ValueError as e:
    print(type(e).__name__, e)
print(f'{1234:,}', f'{12345678.9:,.2f}', f'{-987654321:_}', f'{0.5:,}', f'{1e3:,}')
print(format(2 ** 40, '_b')[:20], format(2 ** 40, ',d'), format(999999, ','), format(1000000, ','))
for w in (10, 12, 15):
    print(format(1234567, '%d,' % w) + '|', format(1234567, '0%d,' % w) + '|')
print(format(-1234.5, '+,.2f'), format(1234.5, ' ,.2f'), format(0, ','), format(-1, '_'))
