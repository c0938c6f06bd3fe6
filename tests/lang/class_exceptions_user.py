# Classes: user-defined exceptions with args, custom __init__ and __str__, and hierarchies
class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, table, code):
        super().__init__(table, code)
        self.table = table
        self.code = code
    def __str__(self):
        return 'table %s failed with %d' % (self.table, self.code)
class NotFound(DBError):
    pass
try:
    raise AppError('plain', 1)
except AppError as e:
    print(type(e).__name__, e, e.args)
try:
    raise NotFound('users', 404)
except DBError as e:
    print(type(e).__name__, e, e.args, e.table, e.code, isinstance(e, AppError))
for exc in (AppError('a'), DBError('t', 1), NotFound('n', 2), ValueError('v')):
    try:
        raise exc
    except NotFound:
        print('NotFound handler')
    except DBError as e:
        print('DBError handler', e.code)
    except AppError:
        print('AppError handler')
    except Exception as e:
        print('generic', type(e).__name__)
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
print(str(WithDefault()), str(WithDefault('custom')), repr(WithDefault('r')))
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuperInit(5)
print(e.x, isinstance(e, Exception))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
class Counter(Exception):
    count = 0
    def __init__(self, *a):
        Counter.count += 1
        super().__init__(*a)
for i in range(3):
    try:
        raise Counter(i)
    except Counter as c:
        last = c
print(Counter.count, last.args)
print(repr(AppError()), repr(AppError('x')), repr(AppError('x', 2)), str(AppError()))
