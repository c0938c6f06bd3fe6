# Classes: isinstance and issubclass with user classes, builtins, and tuples of types
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, (C,)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(B, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(1, (float, int)))
print(isinstance('s', str), isinstance(b's', bytes), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, object), isinstance(int, type), isinstance(A, type), isinstance(b, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(list, object), issubclass(type, object))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError))
print(isinstance(b, ()), isinstance(b, (int, (str, A))))
try:
    isinstance(b, 5)
except TypeError as e:
    print(type(e).__name__)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
print(type(b) == B, type(b) == A, type(b).__name__, type(type(b)).__name__)
class MyInt(int):
    pass
mi = MyInt(5)
print(isinstance(mi, int), type(mi) is int, mi + 1, type(mi + 1).__name__)
class MyList(list):
    pass
ml = MyList([1, 2])
print(isinstance(ml, list), ml, len(ml), type(ml).__name__)
