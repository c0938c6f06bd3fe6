# Exceptions: .args, str() and repr() with zero, one and several arguments
for e in (Exception(), Exception('one'), Exception('a', 2), ValueError(5), KeyError('k'), KeyError(),
          KeyError('a', 'b'), IndexError('idx'), OSError('disk'), RuntimeError(None)):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError('x')
e.args = ('changed',)
print(e, e.args)
e.extra = 'attached'
print(e.extra)
try:
    raise TypeError('t1', 't2')
except TypeError as err:
    print(err.args[1], len(err.args))
print(str(KeyError('quote\'s')), str(KeyError(1)), str(KeyError((1, 2))))
print(OSError('a', 'b').args, str(OSError('only')))
print(str(Exception([1, 2])), str(Exception(None)), str(Exception('')))
print(BaseException('base').args, isinstance(Exception('x'), BaseException))
try:
    raise ValueError('a', [1, 2], {'k': None})
except ValueError as e:
    print(e.args[1], e.args[2], str(e))
print(repr(KeyError('k')), repr(IndexError(0)), str(ZeroDivisionError('zd')))
