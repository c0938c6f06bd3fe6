# Functions: definition, call, recursion, functions as values, attributes like __name__
def add(a, b):
    return a + b
def no_return():
    x = 1
print(add(2, 3), add('a', 'b'), add([1], [2]), no_return())
f = add
print(f(10, 20), f is add, f.__name__, callable(f), type(f).__name__)
def apply(fn, *args):
    return fn(*args)
print(apply(add, 1, 2), apply(len, 'four'), apply(max, 3, 9, 2))
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(10), fact(25))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def doc():
    "A docstring."
    return 1
print(doc.__doc__, doc())
funcs = {'add': add, 'fact': fact}
print(funcs['add'](1, 1), funcs['fact'](5))
def outer():
    def inner():
        return 'inner called'
    return inner
print(outer()(), outer().__name__)
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(10), odd(7), even(7))
print(add.__name__, len.__name__)
def annotated(x: int, y: 'str' = 'd') -> list:
    return [x, y]
print(annotated(1), annotated(2, 'z'))
