# format spec: 's' and default for strings; "{:50s}" padding; objects without __format__ specs
print('[{:50s}]'.format('fifty wide'))
print('[{:s}]'.format('plain'), '[{:5s}]'.format('ab'), '[{:>5s}]'.format('ab'), '[{:.1s}]'.format('ab'))
print('[{:6d}]'.format(123), '[{:6d}]'.format(-12), '[{} µs]'.format(250), '{} µs'.format(3.5))
print('[' + format(None) + ']', '[' + format([1, 2]) + ']', '[{}]'.format((1,)), '[{}]'.format({'a': 1}))
try:
    format([1], '>5')
except TypeError as e:
    print(type(e).__name__, e)
try:
    '{:d}'.format('str')
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{:s}'.format(5)
except ValueError as e:
    print(type(e).__name__, e)
class C:
    def __format__(self, spec):
        return 'C(' + spec + ')'
print('{:xyz}'.format(C()), f'{C():abc}', format(C(), ''))
