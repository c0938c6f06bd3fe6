# Built-ins: dir() and vars() (membership checks only), globals() and locals() basics
class C:
    cls_attr = 1
    def method(self):
        pass
c = C()
c.inst = 2
print('cls_attr' in dir(c), 'method' in dir(c), 'inst' in dir(c), 'nothing' in dir(c))
print('cls_attr' in dir(C), 'inst' in dir(C), 'append' in dir([]), 'upper' in dir(''), 'keys' in dir({}))
print(vars(c), 'inst' in vars(c))
import sys
print('path' in dir(sys), 'argv' in dir(sys))
g = globals()
print(type(g).__name__, 'C' in g, g['C'] is C, '__name__' in g, g['__name__'])
NEW_GLOBAL = 'x'
print(globals()['NEW_GLOBAL'])
globals()['made_by_dict'] = 'via globals'
print(made_by_dict)
def f(a, b=2):
    local_var = a + b
    return sorted(locals().items())
print(f(1))
print(locals() is globals() or locals() == globals())
x_in_scope = 1
print('x_in_scope' in dir())
def g2():
    inner = 1
    return dir()
print(g2())
