# Exceptions: exceptions raised inside generators propagate to the consumer at the right time
def gen():
    yield 1
    raise ValueError('inside generator')
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(g)
except StopIteration:
    print('generator is finished after raising')
def safe_gen(items):
    for it in items:
        try:
            yield 10 // it
        except ZeroDivisionError:
            yield 'div0'
print(list(safe_gen([1, 0, 5])))
def consumer():
    out = []
    try:
        for v in gen():
            out.append(v)
    except ValueError as e:
        out.append('stopped: ' + str(e))
    return out
print(consumer())
try:
    list(x // 0 for x in [1])
except ZeroDivisionError as e:
    print('genexpr', type(e).__name__, e)
try:
    [1 / (x - 2) for x in range(5)]
except ZeroDivisionError as e:
    print('listcomp', type(e).__name__)
def raises_in_finally():
    try:
        yield 1
    finally:
        raise KeyError('in finally')
r = raises_in_finally()
next(r)
try:
    r.close()
except KeyError as e:
    print('close raised', type(e).__name__, e)
