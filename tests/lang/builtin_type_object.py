# Built-ins: type() of values, type(name, bases, dict), object(), class attribute basics
print(type(1).__name__, type(1.0).__name__, type('').__name__, type(b'').__name__, type([]).__name__,
      type(()).__name__, type({}).__name__, type(set()).__name__, type(None).__name__, type(True).__name__)
print(type(len).__name__, type(lambda: 0).__name__, type(type).__name__, type(object).__name__)
print(type(1) is int, type(int) is type, type(range(1)).__name__, type(iter([])).__name__)
print(type(x for x in []).__name__, type(zip()).__name__, type(enumerate([])).__name__)
Dyn = type('Dyn', (), {'a': 1, 'f': lambda self: 'method'})
d = Dyn()
print(Dyn.__name__, d.a, d.f(), isinstance(d, Dyn))
Sub = type('Sub', (Dyn,), {'b': 2})
print(Sub().a, Sub().b, issubclass(Sub, Dyn))
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__)
print(isinstance(int, object), isinstance(type, type), issubclass(object, object))
print(object.__name__, int.__name__, type.__name__)
class K:
    pass
print(type(K).__name__, type(K()).__name__, K.__name__)
