# Statements: raise with class, instance, args; raise from; exception chaining attributes
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    raise ValueError('bad value', 42)
except ValueError as e:
    print(type(e).__name__, e, e.args)
try:
    raise KeyError('key')
except LookupError as e:
    print(type(e).__name__, e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    raise TypeError('no cause') from None
except TypeError as e:
    print(e.__cause__)
try:
    try:
        {}['x']
    except KeyError:
        raise IndexError('during handling')
except IndexError as e:
    print(type(e.__context__).__name__, e.__cause__)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
def thrower(kind):
    raise kind('from function')
for k in (ValueError, TypeError, OSError):
    try:
        thrower(k)
    except (ValueError, TypeError) as e:
        print('caught', type(e).__name__)
    except Exception as e:
        print('generic', type(e).__name__, e)
