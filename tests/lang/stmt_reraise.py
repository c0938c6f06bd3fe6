# Statements: bare raise re-raises the active exception, including from nested handlers
def f():
    try:
        int('x')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    f()
except ValueError as e:
    print(type(e).__name__, e)
def g():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise IndexError('second')
        except IndexError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('re-raised', type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def h():
    try:
        raise ValueError('v')
    except ValueError as e:
        err = e
    raise err
try:
    h()
except ValueError as e:
    print('raise saved', e)
try:
    try:
        raise TypeError('t')
    finally:
        print('finally during propagation')
except TypeError as e:
    print('outer got', e)
