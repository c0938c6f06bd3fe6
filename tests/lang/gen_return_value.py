# Generators: return value becomes StopIteration.value; StopIteration inside gen -> RuntimeError
def g():
    yield 1
    return 'the value'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.value), e.args)
def no_value():
    yield 1
it = no_value()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value is', e.value)
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value)
def bad():
    yield 1
    raise StopIteration('inside')
b = bad()
next(b)
try:
    next(b)
except RuntimeError as e:
    print(type(e).__name__, e)
e = StopIteration(5)
print(e.value, e.args)
print(StopIteration().value)
def counted():
    n = 0
    for _ in range(3):
        n += 1
        yield n
    return n * 100
def driver():
    result = yield from counted()
    return result + 1
d = driver()
out = []
try:
    while True:
        out.append(next(d))
except StopIteration as s:
    print(out, s.value)
