# format spec: '#' alternate form and '0' zero padding
for v in (0, 1, 255, -255, 4096):
    print(format(v, '#x'), format(v, '#X'), format(v, '#o'), format(v, '#b'), format(v, '#010x'), format(v, '08b'))
print(format(3.0, '#g'), format(3.0, 'g'), format(3.0, '#.0f'), format(3.0, '.0f'), format(1.5, '#.0e'))
print(format(42, '05'), format(-42, '05'), format(42, '05d'), format(3.14, '08.3f'), format(-3.14, '08.3f'))
print(format(1234567, '012,'), format(1234567, '012_'), format(-1.5, '010'), format(0, '03'))
print('{:#06x} {:#06b} {:#6o}|'.format(31, 5, 8))
print(format(10 ** 20, '#x'), format(-(10 ** 20), '#o'))
print(format('ab', '05'), format('ab', '<05'))
