# Statements: assert with and without a message, AssertionError args
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    x = [1]
    assert len(x) == 2, 'len is %d' % len(x)
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert None, ('tuple', 'msg')
except AssertionError as e:
    print(type(e).__name__, e.args)
def check(v):
    assert v >= 0, v
    return v
try:
    check(5)
    check(-3)
except AssertionError as e:
    print('caught', e)
print(issubclass(AssertionError, Exception))
