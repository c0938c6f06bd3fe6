# Built-ins: format(), isinstance with tuples, issubclass, id-free identity checks, misc calls
print(format(3.14159, '.2f'), format(42, '08b'), format('x', '^5'), format(1234567, ','))
print(isinstance(1, (str, int)), isinstance('a', (int, float)), isinstance([], (list, tuple)))
print(issubclass(int, (str, object)), issubclass(bool, (int,)))
a = [1]
b = a
print(a is b, a is not [1])
print(abs(-1), len('ab'), max(1, 2), min(1, 2), sum([1]), round(1.5), divmod(5, 2), pow(2, 2))
print(callable(print), print.__name__)
print(list(map(int, ['1', '2'])), sorted(filter(None, [3, 0, 1])))
print(format(0.5, '.0%'), format(-12, '+05d'), format('ab', '*>6'), format(255, '#06x'))
print(format(1e-7, 'g'), format(12345678.9, ',.1f'), format(True, '>5'), format(str(None), '>6'))
values = [1, 22, 333, 4444]
width = max(len(format(v, ',')) for v in values)
for v in values:
    print(format(v, '>%d,' % width) + '|')
print(isinstance(None, type(None)), isinstance(print, object), issubclass(type, object))
print(type(format(1, 'd')).__name__, format('', '^3') == '   ')
print(callable(format), callable(isinstance), callable(type), callable(object()))
print(len(format(3.14159, '.3f')), format(-0.0001, '.2f'), format(0.5, '.0f'), format(1.5, '.0f'))
print(max('apple', 'pear', key=len), min([3, 1, 2], default=0), sum([0.1] * 3))
print(list(map(format, [1, 2.5, 'x'])), list(map(format, [10, 11], ['x', 'b'])))
print(repr(format(7, '')), format(7.0, ''), format(7.0, 'g'))
