# Statements: with-statement error cases and exceptions raised inside __enter__/__exit__
class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with BadEnter():
        print('body should not run')
except RuntimeError as e:
    print(type(e).__name__, e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError('exit failed')
try:
    with BadExit():
        raise ValueError('body')
except KeyError as e:
    print(type(e).__name__, e)
class Counting:
    count = 0
    def __enter__(self):
        Counting.count += 1
        return self
    def __exit__(self, typ, val, tb):
        Counting.count -= 1
        return False
def nested(depth):
    with Counting():
        if depth == 0:
            raise ValueError(Counting.count)
        nested(depth - 1)
try:
    nested(3)
except ValueError as e:
    print('depth at raise', e, 'after', Counting.count)
class ExitArgs:
    def __enter__(self):
        return None
    def __exit__(self, typ, val, tb):
        print(typ is ZeroDivisionError, isinstance(val, ZeroDivisionError), tb is not None)
        return 1
with ExitArgs():
    1 / 0
print('truthy return suppresses')
