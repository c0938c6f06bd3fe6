# Exceptions: exact ordering of try/except/else/finally output across nested functions
log = []
def inner(mode):
    try:
        log.append('inner-try')
        if mode == 'raise':
            raise ValueError('v')
        if mode == 'return':
            return 'early'
    except ValueError:
        log.append('inner-except')
        raise
    else:
        log.append('inner-else')
    finally:
        log.append('inner-finally')
    log.append('inner-end')
    return 'normal'
def outer(mode):
    try:
        r = inner(mode)
        log.append('outer-got-' + r)
    except ValueError:
        log.append('outer-except')
    finally:
        log.append('outer-finally')
for mode in ('normal', 'return', 'raise'):
    log.clear()
    outer(mode)
    print(mode, log)
def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append('body%d' % i)
        finally:
            out.append('fin%d' % i)
    return out
print(loop_with_finally())
def exc_in_else():
    try:
        pass
    except Exception:
        return 'not here'
    else:
        raise RuntimeError('from else')
    finally:
        print('finally after else raised')
try:
    exc_in_else()
except RuntimeError as e:
    print(type(e).__name__, e)
