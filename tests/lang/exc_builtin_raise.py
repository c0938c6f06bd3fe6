# Exceptions: raising and catching each built-in exception class by name and by base
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (IndexError, LookupError),
         (KeyError, LookupError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (UnboundLocalError, NameError), (ValueError, Exception), (TypeError, Exception),
         (AttributeError, Exception), (MemoryError, Exception), (OSError, Exception),
         (ImportError, Exception), (AssertionError, Exception), (StopIteration, Exception),
         (KeyboardInterrupt, BaseException), (SystemExit, BaseException), (GeneratorExit, BaseException)]
for cls, base in pairs:
    try:
        raise cls('raised ' + cls.__name__)
    except base as e:
        print(type(e).__name__, 'caught as', base.__name__, '|', e)
def not_impl():
    raise NotImplementedError
try:
    not_impl()
except NotImplementedError as e:
    print(type(e).__name__, repr(str(e)))
try:
    raise SystemExit(3)
except SystemExit as e:
    print('SystemExit', e.args, e.code)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print('KeyboardInterrupt caught')
