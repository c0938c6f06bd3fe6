# Classes: __getattr__ fallback for missing attributes, __setattr__ interception, __delattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append('get ' + name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        delattr(self.target, name)
class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return 'hello from target'
t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.y = 2
print(t.y, hasattr(p, 'y'))
del p.y
print(hasattr(t, 'y'), p.log)
class Defaults:
    known = 'known'
    def __getattr__(self, name):
        if name.startswith('opt_'):
            return name[4:].upper()
        raise AttributeError('no attribute ' + repr(name))
d = Defaults()
print(d.known, d.opt_speed, getattr(d, 'opt_x'), hasattr(d, 'missing'), getattr(d, 'missing', 'dflt'))
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, n, val):
        raise AttributeError('frozen')
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e, f.v)
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)
r = Record(a=1, b='two')
print(r.a, r.b, sorted(vars(r)))
