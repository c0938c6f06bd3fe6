# Statements: deeply nested try blocks, exceptions in handlers and in finally
def level3():
    raise IndexError('deep')
def level2():
    try:
        level3()
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except KeyError:
        print('wrong')
try:
    level1()
except IndexError as e:
    print('top caught', e)
try:
    try:
        raise ValueError('a')
    finally:
        raise TypeError('b')
except TypeError as e:
    print(type(e).__name__, e)
res = []
for i in range(4):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            res.append('ok%d' % i)
        except ValueError as e:
            res.append('v%s' % e)
            if i == 3:
                raise RuntimeError('three')
    except RuntimeError as e:
        res.append('r%s' % e)
print(res)
def gen_errors():
    for exc in (None, KeyError, ValueError):
        try:
            try:
                if exc:
                    raise exc('x')
            except KeyError:
                yield 'inner key'
            else:
                yield 'inner ok'
        except ValueError:
            yield 'outer value'
print(list(gen_errors()))
try:
    try:
        raise OSError('os')
    except OSError as e:
        raise
except Exception as e:
    print('final', type(e).__name__, e)
