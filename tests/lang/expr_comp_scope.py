# Expressions: comprehension variables have their own scope and don't leak
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y * i for i in range(3)])
i = 'kept'
s = {i for i in range(2)}
d = {i: i for i in range(2)}
g = list(i for i in range(2))
print(i, sorted(s), d, g)
def f():
    k = 5
    return [k + j for j in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
funcs = [lambda n=n: n for n in range(3)]
print([fn() for fn in funcs])
print([[j for j in range(i)] for i in range(4)])
def counter():
    total = 0
    vals = [total + v for v in range(3)]
    return total, vals
print(counter())
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
