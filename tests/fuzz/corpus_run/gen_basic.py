# Generators: yield, lazy execution, iteration protocol, exhaustion, multiple instances
def count_up(n):
    print('start')
    for i in range(n):
        print('yielding', i)
        yield i
    print('done')
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args)
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
s = squares()
print([next(s) for _ in range(6)])
a = count_up(2)
b = count_up(2)
print(next(a), next(b), next(a))
def empty():
    return
    yield
print(list(empty()))
def several():
    yield 1
    yield 'two'
    yield [3]
print(list(several()), tuple(several()), sum(1 for _ in several()))
g = several()
print(iter(g) is g)
for x in several():
    print(x, end=' ')
print()
def gen_with_args(a, *rest, k=0):
    yield a
    yield from rest
    yield k
print(list(gen_with_args(1, 2, 3, k=4)))
