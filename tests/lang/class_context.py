# Classes: __enter__/__exit__ on user classes used for resource-like cleanup and timing-free logs
class Resource:
    log = []
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        Resource.log.append('open ' + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        Resource.log.append('close ' + self.name + (' after ' + exc_type.__name__ if exc_type else ''))
        return exc_type is KeyError
with Resource('r1') as r:
    print('inside', r.name, r.open)
print('after', r.open)
with Resource('r2'):
    raise KeyError('suppressed')
try:
    with Resource('r3'):
        raise ValueError('not suppressed')
except ValueError:
    pass
with Resource('outer') as o, Resource('inner') as i:
    pass
print(Resource.log)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.backup = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.backup)
            print('rolled back', v)
        return True
data = {'a': 1}
with Transaction(data) as d:
    d['b'] = 2
with Transaction(data) as d:
    d['c'] = 3
    raise RuntimeError('failure')
print(data)
