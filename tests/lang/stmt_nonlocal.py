# Statements: nonlocal rebinding of enclosing function variables
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc()
    inc()
    return x, inc
v, f = outer()
print(v, f(), f())
def deep():
    a = 'deep'
    def mid():
        def inner():
            nonlocal a
            a = 'changed by inner'
        inner()
    mid()
    return a
print(deep())
def two():
    p = q = 0
    def setboth():
        nonlocal p, q
        p, q = 1, 2
    setboth()
    return p, q
print(two())
def shadowing():
    n = 'outer'
    def inner():
        n = 'inner-local'
        return n
    inner()
    return n
print(shadowing())
def acc():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
a1 = acc()
a2 = acc()
print(a1(10), a1(5), a2(1), a1(0))
