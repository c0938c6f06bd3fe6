# format(): the builtin with all value types, and __format__ fallbacks
print(format(5), format(5, ''), format(5, '3') + '|', format(2.5), format('s'), format(True), format(None))
print(format(255, 'x'), format(255, '#b'), format(1e3, '.1e'), format('txt', '^9'))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + 'F'
        return format(self.c, spec) + 'C'
    def __str__(self):
        return 'Temp'
t = Temp(21.5)
print(format(t, '.1F'), format(t, '.0f'), '{:.2F}'.format(t), f'{t:5.1f}', f'{t}', str(t))
class Plain:
    def __str__(self):
        return 'plain!'
print(format(Plain()), '{}'.format(Plain()), f'{Plain()}')
try:
    format(Plain(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
