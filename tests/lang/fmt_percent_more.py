# %-formatting: more conversions (%u %i %e %g with precision, flags combos, %s of objects)
print('%u|%i|%d' % (5, -6, 7.9))
print('%.3e|%.0e|%10.2e|%-12.3E|' % (123456.789, 5.5, 0.000123, -9.87654))
print('%g|%.3g|%g|%g|%.10g' % (1234567.0, 0.00012345, 1e-10, 100.0, 1 / 3))
print('%+.2f|% .2f|%+05d|%-+6d|% 05d' % (3.14159, 2.0, 42, 42, 42))
print('%#x|%#o|%#X|%08.3f|%-8.3f|' % (255, 8, 255, 3.14159, 3.14159))
print('%5s|%-5s|%.1s|%5.2s|' % ('abc', 'abc', 'abc', 'abc'))
print('%c|%c|%5c|%-3c|' % (97, 'b', 'c', 'd'))
print('%s|%r|%s' % ([1, 'a'], [1, 'a'], {'k': (1, 2)}))
print('%d apples and %s oranges cost $%.2f' % (3, 'five', 4.5))
print('%%|%s%%|' % 5)
class P:
    def __str__(self):
        return 'P-str'
    def __repr__(self):
        return 'P-repr'
print('%s %r' % (P(), P()))
print('%x %X %o' % (-255, 2 ** 70, -8))
print('%.2f%%' % 99.567, '%3d%%' % 5)
print('%(a)s-%(b)05.1f-%(a)r' % {'a': 'x', 'b': 2.25})
print('%s' % b'bytes', '%s' % None, '%d' % -0)
for v in (0, 1, -1, 255, 65535):
    print('%6d|%-6x|%06o|%+d' % (v, v, v, v))
