# Generators: throw() raises at the paused yield; handled or propagated
def resilient():
    while True:
        try:
            yield 'ok'
        except ValueError as e:
            print('handled', e)
            yield 'recovered'
g = resilient()
print(next(g))
print(g.throw(ValueError('bad')))
print(next(g))
print(g.throw(ValueError('again')))
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError('boom'))
except KeyError as e:
    print('propagated', type(e).__name__, e)
try:
    next(f)
except StopIteration:
    print('generator finished after throw')
def cleanup():
    try:
        yield 'working'
    finally:
        print('cleanup ran')
c = cleanup()
next(c)
try:
    c.throw(RuntimeError('stop'))
except RuntimeError as e:
    print('caught', e)
fresh = fragile()
try:
    fresh.throw(IndexError('before start'))
except IndexError as e:
    print('unstarted:', e)
def catcher():
    try:
        yield
    except Exception as e:
        yield 'caught ' + type(e).__name__
def deleg():
    r = yield from catcher()
    yield 'after'
dg = deleg()
next(dg)
print(dg.throw(TypeError('via yield from')))
print(next(dg))
