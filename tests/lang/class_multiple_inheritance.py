# Classes: simple multiple inheritance; attribute lookup order and the __mro__ names
class A:
    def who(self):
        return 'A'
    def only_a(self):
        return 'only in A'
class B(A):
    def who(self):
        return 'B'
class C(A):
    def who(self):
        return 'C'
    def only_c(self):
        return 'only in C'
class D(B, C):
    pass
d = D()
print(d.who(), d.only_a(), d.only_c())
print([k.__name__ for k in D.__mro__])
print(isinstance(d, B), isinstance(d, C), isinstance(d, A), issubclass(D, C))
class Mixin:
    def greet(self):
        return 'hello from ' + self.name
class Named:
    def __init__(self, name):
        self.name = name
class Person(Mixin, Named):
    pass
print(Person('ann').greet())
class X:
    def __init__(self):
        super().__init__()
        print('X init')
class Y:
    def __init__(self):
        super().__init__()
        print('Y init')
class Z(X, Y):
    def __init__(self):
        super().__init__()
        print('Z init')
Z()
class L:
    tag = 'L'
class R:
    tag = 'R'
    extra = 'R-extra'
class LR(L, R):
    pass
print(LR.tag, LR.extra, LR().tag)
