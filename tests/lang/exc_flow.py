# Exceptions: propagation through calls, loops, and handlers; exception objects as values
def risky(n):
    if n % 3 == 0:
        raise ValueError('multiple of 3: %d' % n)
    if n % 5 == 0:
        raise KeyError(n)
    return n
ok, errs = [], []
for i in range(1, 16):
    try:
        ok.append(risky(i))
    except ValueError as e:
        errs.append(str(e))
    except KeyError as e:
        errs.append('key %s' % e)
print(ok)
print(errs)
def collect():
    caught = []
    for exc_type in (ValueError, TypeError, IndexError):
        try:
            raise exc_type('msg-' + exc_type.__name__)
        except Exception as e:
            caught.append(e)
    return caught
for e in collect():
    print(type(e).__name__, e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
    finally:
        pass
print(safe_div(1, 2), safe_div(1, 0))
def retry(fn, times):
    for attempt in range(times):
        try:
            return fn(attempt)
        except RuntimeError as e:
            print('attempt', attempt, 'failed:', e)
    return 'gave up'
def flaky(a):
    if a < 2:
        raise RuntimeError('not yet')
    return 'success at %d' % a
print(retry(flaky, 5), retry(flaky, 1))
e1 = ValueError('stored')
try:
    raise e1
except ValueError as e2:
    print(e1 is e2)
