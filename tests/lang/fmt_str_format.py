# str.format: automatic, manual, keyword fields, conversions, and specs
print('{} + {} = {}'.format(1, 2, 3))
print('{2}{1}{0}'.format('a', 'b', 'c'), '{0}{1}{0}{1}'.format(0, 1))
print('{x}-{y}-{x}'.format(x='X', y='Y'), '{0}/{k}'.format('pos', k='kw'))
print('{:10s}|'.format('left'), '{:>10s}|'.format('right'), '{:^10}|'.format('mid'))
print('{:6d}|'.format(42), '{:<6d}|'.format(42), '{:^6d}|'.format(42), '{:06d}|'.format(-42))
print('{:.3f}'.format(2 / 3), '{:10.3f}|'.format(2 / 3), '{:e}'.format(12345.678), '{:.2%}'.format(0.4567))
print('{!r:>8}|'.format('q'), '{!s:<8}|'.format(1.5))
args = ('a', 'b')
kw = {'first': 1, 'second': 2}
print('{} {}'.format(*args), '{first}:{second}'.format(**kw))
print('{0[0]}{0[2]}'.format('xyz'), '{0[a]}'.format({'a': 'dict-item'}), '{.real}'.format(5))
print('{:{}}|'.format('w', 5), '{:{}.{}}|'.format(3.14159, 8, 3), '{:{fill}>{w}}'.format(7, fill='.', w=4))
print('{} µs'.format(125), '{:>6} µs|'.format(12), '{:50s}|'.format('fifty'))
print(format(1234.5, ',.1f'), format('s', '>3'), format(10, 'b'), format(3), format('x'))
data = {'name': 'irqpy', 'ver': (0, 1)}
print('{name} v{ver[0]}.{ver[1]}'.format(**data), '{0[name]}!'.format(data))
class Obj:
    attr = 'A'
    lst = [10, 20]
print('{o.attr}{o.lst[1]}'.format(o=Obj()), '{0.lst[0]:>5}|'.format(Obj))
print('{:^{w}.{p}f}|'.format(3.14159, w=10, p=2), '{:{}{}{}}|'.format(1, '<', '+', 5))
print('{!r:^10}|{!s:*>6}|'.format('r', 5), '{0!r}{0!s}'.format('x'))
