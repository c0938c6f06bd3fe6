# Built-ins: getattr (with default), setattr, hasattr, delattr, callable
class C:
    cls_attr = 'class'
    def method(self):
        return 'm'
c = C()
setattr(c, 'dyn', 42)
print(getattr(c, 'dyn'), getattr(c, 'cls_attr'), getattr(c, 'nope', 'default'), getattr(c, 'method')())
print(hasattr(c, 'dyn'), hasattr(c, 'nope'), hasattr(C, 'method'), hasattr(5, 'real'), hasattr('s', 'upper'))
delattr(c, 'dyn')
print(hasattr(c, 'dyn'))
try:
    getattr(c, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(C, 'added', lambda self: 'added method')
print(c.added())
name = 'computed_' + 'name'
setattr(c, name, 'v')
print(c.computed_name, getattr(c, name))
print(callable(len), callable(C), callable(c), callable(c.method), callable(None), callable('s'), callable(lambda: 0))
import sys
print(getattr(sys, 'maxsize') > 0, hasattr(sys, 'path'), getattr(sys, 'zzz', None))
