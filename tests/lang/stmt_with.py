# Statements: with statement calling __enter__/__exit__, as-binding, exceptions, suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b'):
    print('no as')
try:
    with CM('c'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
with CM('d', suppress=True):
    raise KeyError('hidden')
print('after suppression')
with CM('x') as p, CM('y') as q:
    print('multiple', p, q)
try:
    with CM('m1'), CM('m2', suppress=True), CM('m3'):
        raise IndexError('inner')
    print('m2 suppressed it')
except IndexError:
    print('not reached')
def in_func():
    with CM('ret'):
        return 'returned'
print(in_func())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
class Tgt:
    pass
t = Tgt()
with CM('attr') as t.val:
    pass
print(t.val)
with CM('tup') as (first, *others):
    print(first, others)
