# Functions: higher-order functions (reduce by hand, compose, partial application, currying)
def reduce(fn, seq, init=None):
    it = iter(seq)
    acc = next(it) if init is None else init
    for x in it:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11)), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ['ab', 'cde'], 0))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs)(-3))
def partial(fn, *pargs, **pkw):
    def wrapper(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*pargs, *args, **merged)
    return wrapper
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), two_to(100, mod=1000), partial(power, 3, 4)())
def curry(fn, n):
    def curried(*args):
        if len(args) >= n:
            return fn(*args)
        return lambda *more: curried(*(args + more))
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(dbl, 10)(1), apply_n(inc, 0)(5))
print(sorted(['aa', 'b', 'cccc'], key=compose(neg := (lambda x: -x), len)), neg(3))
table = {name: fn for name, fn in [('inc', inc), ('dbl', dbl), ('sq', square)]}
print({k: f(4) for k, f in table.items()})
