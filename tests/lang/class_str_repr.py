# Classes: __str__ and __repr__ used by print, str(), repr(), format and containers
class Both:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return 'Both(%s)' % self.v
    def __repr__(self):
        return 'Both<%r>' % self.v
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
class OnlyStr:
    def __str__(self):
        return 'only str'
b = Both('x')
print(b, str(b), repr(b), [b], (b,), {'k': b}, f'{b} {b!r}', '%s %r' % (b, b), '{}'.format(b))
r = OnlyRepr()
print(r, str(r), repr(r), [r])
s = OnlyStr()
print(s, str(s), '{}'.format(s))
print(repr(s).startswith('<') and 'OnlyStr object at' in repr(s))
class Nested:
    def __repr__(self):
        return 'Nested(%r)' % [Both(1), 'q']
print(Nested())
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Both):
    pass
print(Sub(2), repr(Sub(3)))
