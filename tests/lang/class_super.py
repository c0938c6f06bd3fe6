# Classes: super() in __init__ and methods, zero-arg and explicit two-arg forms
class A:
    def __init__(self, x):
        self.x = x
        print('A.__init__')
    def who(self):
        return 'A'
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print('B.__init__')
    def who(self):
        return 'B>' + super().who()
class C(B):
    def __init__(self):
        super(C, self).__init__(1, 2)
        print('C.__init__')
    def who(self):
        return 'C>' + super().who()
c = C()
print(c.x, c.y, c.who())
class Stack(list):
    def push(self, v):
        self.append(v)
    def append(self, v):
        super().append(v * 10)
s = Stack()
s.push(1)
s.append(2)
print(s, len(s), type(s).__name__, isinstance(s, list))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v))
d = D()
d['a'] = 1
print(d, d['a'])
class Base:
    @classmethod
    def create(cls):
        return cls.__name__
class Child(Base):
    @classmethod
    def create(cls):
        return 'child of ' + super().create()
print(Child.create())
class P:
    def __str__(self):
        return 'P'
class Q(P):
    def __str__(self):
        return 'Q(' + super().__str__() + ')'
print(str(Q()))
