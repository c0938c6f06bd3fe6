# Generators: GeneratorExit delivered by close(), through finally blocks and yield from
def watched(name):
    try:
        while True:
            yield name
    except GeneratorExit:
        print(name, 'got GeneratorExit')
    finally:
        print(name, 'finally')
a = watched('a')
next(a)
a.close()
b = watched('b')
next(b)
b.close()
b.close()
def swallow_all():
    try:
        yield 1
    except BaseException as e:
        print('caught', type(e).__name__)
s = swallow_all()
next(s)
s.close()
def nested():
    try:
        try:
            yield 'x'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
n = nested()
next(n)
n.close()
def outer():
    try:
        yield from watched('delegated')
    finally:
        print('outer of delegated finally')
o = outer()
next(o)
o.close()
try:
    raise GeneratorExit
except Exception:
    print('not an Exception')
except BaseException as e:
    print('GeneratorExit is a BaseException', type(e).__name__)
