# Generators: close() raises GeneratorExit inside; finally blocks run; errors for ignoring it
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('got GeneratorExit')
        raise
    finally:
        print('finally in gen')
g = gen()
print(next(g))
print(g.close())
print(g.close())
try:
    next(g)
except StopIteration:
    print('closed generator raises StopIteration')
g2 = gen()
g2.close()
print('closing unstarted generator prints nothing')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print('returning instead')
        return
r = returns_on_exit()
next(r)
r.close()
print('close ok')
def finished():
    yield 1
f = finished()
list(f)
f.close()
print('close of finished ok')
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
def with_cm():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print('cm exit', a[0].__name__ if a[0] else None)
    with CM():
        yield 'in with'
w = with_cm()
print(next(w))
w.close()
