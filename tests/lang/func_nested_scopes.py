# Functions: LEGB name resolution, shadowing builtins, class scope not enclosing methods
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow_builtin(), len('abc'))
class C:
    y = 'class attr'
    def method(self):
        try:
            return y
        except NameError as e:
            return 'NameError: ' + str(e)
    def method2(self):
        return self.y
print(C().method(), C().method2())
def f():
    a = 1
    def g():
        b = 2
        def h():
            return a + b
        return h()
    return g()
print(f())
def counter_factory():
    n = 0
    def incr():
        nonlocal n
        n += 1
        return n
    def read():
        return n
    return incr, read
inc, rd = counter_factory()
inc(); inc()
print(rd())
def uses_later_global():
    return later_defined
later_defined = 'defined after function'
print(uses_later_global())
