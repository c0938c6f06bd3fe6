# Generators: yield from delegates iteration, sends and return values
def inner():
    yield 1
    yield 2
    return 'inner-result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield r
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2), (x * 10 for x in range(2)))))
def tree(n):
    if n == 0:
        yield 'leaf'
        return 0
    left = yield from tree(n - 1)
    right = yield from tree(n - 1)
    return left + right + 1
t = tree(3)
items = []
while True:
    try:
        items.append(next(t))
    except StopIteration as e:
        print('nodes', e.value)
        break
print(len(items))
def echo():
    while True:
        got = yield
        if got is None:
            return 'echo done'
        print('echo got', got)
def delegator():
    result = yield from echo()
    yield 'delegator saw: ' + result
d = delegator()
next(d)
d.send('a')
d.send('b')
print(d.send(None))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
