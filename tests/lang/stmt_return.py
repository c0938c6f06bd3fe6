# Statements: return with no value, values, tuples, early returns in loops and try
def none1():
    return
def none2():
    pass
def pair():
    return 1, 2
def early(lst):
    for x in lst:
        if x < 0:
            return x
    return None
def in_try():
    try:
        return 'try'
    finally:
        print('finally runs before return')
def nested():
    def inner():
        return 'inner'
    return inner() + '+outer'
print(none1(), none2(), pair(), early([1, -2, -3]), early([1]))
print(in_try(), nested())
def loop_return():
    while True:
        for i in range(10):
            if i == 4:
                return i
print(loop_return())
def multi(n):
    if n == 0:
        return 'zero'
    if n == 1:
        return 'one'
    return 'many'
print([multi(i) for i in range(3)])
a, b = pair()
print(a + b)
def returns_func():
    return lambda: 'lambda result'
print(returns_func()())
