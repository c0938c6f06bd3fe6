# Statements: try/except/else/finally ordering and which clauses run
def run(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise ValueError('x')
        log.append('try-end')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run(False))
print(run(True))
try:
    pass
finally:
    print('finally alone')
try:
    x = 1
except Exception:
    print('no')
else:
    print('else', x)
def order():
    try:
        try:
            raise KeyError('k')
        except IndexError:
            print('wrong handler')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
order()
try:
    try:
        raise ValueError('in try')
    except ValueError:
        raise TypeError('in except')
    finally:
        print('finally after except raised')
except TypeError as e:
    print('propagated', e)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
