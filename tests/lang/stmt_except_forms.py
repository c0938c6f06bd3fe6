# Statements: except with tuples of types, except as, bare except, order of clauses
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__
    except ZeroDivisionError:
        return 'zero'
    except ArithmeticError as e:
        return 'arith: ' + type(e).__name__
    except Exception:
        return 'other'
for exc in (KeyError('a'), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), RuntimeError()):
    print(classify(exc))
try:
    raise KeyboardInterrupt
except Exception:
    print('not here')
except BaseException as e:
    print('base', type(e).__name__)
try:
    [][0]
except:
    print('bare except')
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('name unbound after except:', type(err).__name__)
types = (TypeError, ValueError)
try:
    int('q')
except types as err:
    print('dynamic tuple', type(err).__name__)
try:
    raise LookupError('base')
except (IndexError, KeyError):
    print('not here')
except LookupError as err:
    print('LookupError', err)
