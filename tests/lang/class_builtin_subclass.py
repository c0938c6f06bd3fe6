# Classes: subclassing built-in types int, str, list, dict and overriding behaviour
class Celsius(float):
    def __str__(self):
        return '%.1f°C' % self
    def to_f(self):
        return self * 9 / 5 + 32
t = Celsius(21.5)
print(t, t + 1, t.to_f(), isinstance(t, float), type(t + 1).__name__)
class Upper(str):
    def shout(self):
        return self.upper() + '!'
u = Upper('hey')
print(u, u.shout(), len(u), u + 'x', u == 'hey', isinstance(u, str))
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2).push(3)
print(s, s.peek(), len(s), s.pop(), s, sum(s))
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b'].append(3)
print(dict(dd), len(dd))
class Money(int):
    def __repr__(self):
        return 'Money(%d)' % int(self)
m = Money(5)
print(repr(m), m * 2, m + m, type(m * 2).__name__, m == 5)
class ErrorWithCode(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise ErrorWithCode('bad', 42)
except ValueError as e:
    print(type(e).__name__, e, e.code)
class OrderedSet(list):
    def add(self, x):
        if x not in self:
            self.append(x)
os_ = OrderedSet()
for ch in 'hello world':
    os_.add(ch)
print(''.join(os_))
