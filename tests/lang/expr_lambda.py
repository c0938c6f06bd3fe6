# Expressions: lambda with defaults, varargs, closures, immediate calls, in data structures
sq = lambda x: x * x
add = lambda a, b=10: a + b
va = lambda *a, **k: (a, sorted(k.items()))
print(sq(7), add(1), add(1, 2), va(1, 2, z=3, y=4))
print((lambda: 'no args')(), (lambda x, y: x - y)(y=1, x=5))
ops = {'+': lambda a, b: a + b, '*': lambda a, b: a * b, '-': lambda a, b: a - b}
print([ops[o](6, 3) for o in '+*-'])
print(sorted(['ccc', 'a', 'bb'], key=lambda s: -len(s)))
def make_adder(n):
    return lambda x: x + n
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add5)(2))
print((lambda *, k: k)(k='kw-only'))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(list(map(lambda x: x % 3, range(7))), list(filter(lambda x: x > 2, [1, 5, 2, 7])))
print(type(sq).__name__, sq.__name__)
