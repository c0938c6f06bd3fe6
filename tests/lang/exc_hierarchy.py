# Exceptions: the standard hierarchy (issubclass chains to BaseException and Exception)
names = ['BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError',
         'LookupError', 'IndexError', 'KeyError', 'ValueError', 'TypeError', 'AttributeError',
         'NameError', 'RuntimeError', 'RecursionError', 'StopIteration', 'GeneratorExit',
         'KeyboardInterrupt', 'MemoryError', 'AssertionError', 'NotImplementedError', 'OSError',
         'ImportError', 'SyntaxError', 'SystemExit', 'UnboundLocalError', 'UnicodeError',
         'IndentationError']
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           LookupError, IndexError, KeyError, ValueError, TypeError, AttributeError,
           NameError, RuntimeError, RecursionError, StopIteration, GeneratorExit,
           KeyboardInterrupt, MemoryError, AssertionError, NotImplementedError, OSError,
           ImportError, SyntaxError, SystemExit, UnboundLocalError, UnicodeError,
           IndentationError]
for name, cls in zip(names, classes):
    print(name, cls.__name__ == name, issubclass(cls, BaseException), issubclass(cls, Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(IndexError, LookupError), issubclass(KeyError, LookupError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(UnicodeError, ValueError))
print(issubclass(IndentationError, SyntaxError), issubclass(KeyError, IndexError))
print(issubclass(ValueError, TypeError), issubclass(Exception, BaseException))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(MemoryError, Exception))
print(issubclass(ImportError, Exception), issubclass(OSError, Exception), issubclass(AssertionError, Exception))
