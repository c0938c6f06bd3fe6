# %-formatting: %s %r %d %i %f %e %g %x %o %c %%, widths, flags, tuples and dicts
print('%s %s' % ('a', 'b'), '%d' % 42, '%i' % -7, '%5d|' % 3, '%-5d|' % 3, '%05d' % -3, '%+d' % 5)
print('%f' % 3.14159, '%.2f' % 3.14159, '%8.3f|' % -1.5, '%e' % 12345.678, '%.1E' % 0.000123, '%g' % 1e-7, '%G' % 1e20)
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8), '%c%c' % (72, 'i'), '100%%', '%s%%' % 50)
print('%r' % 'str', '%s' % [1, 2], '%s' % (None,), '%s' % ((1, 2),), '%r' % (1.5,))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30}, '%(x)s%(x)s' % {'x': '-'})
print('%10s|%-10s|' % ('right', 'left'), '%.3s' % 'truncate', '%*d' % (5, 42), '%-*s|' % (4, 'a'))
print('%d items' % 3.99, '%s' % 'µs', '% d' % 5, '%d' % True, '%.0f' % 2.5, '%.0f' % 3.5)
print('%s' % 'single', 'no args %%' % (), '%d %d' % (1, 2))
try:
    '%d' % 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%s %s' % ('a',)
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%s' % ('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%(k)s' % {'j': 1}
except KeyError as e:
    print(type(e).__name__, e)
print(b'%s=%d' % (b'k', 7), b'%x' % 255)
