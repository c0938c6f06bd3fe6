# except clauses naming several classes: a tuple display (irqpy checks
# each class without building the tuple), a tuple held in a variable, an
# empty tuple, and the order in which the classes are evaluated.
def classify(exc):
    try:
        raise exc
    except ():
        return "never"
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except (ZeroDivisionError, OverflowError, ValueError):
        return "arith or value"
    except ARITH:
        return "other arithmetic"
    except (TypeError,):
        return "type"
    except Exception:
        return "other"

ARITH = (ArithmeticError,)
for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), ValueError(), ArithmeticError(),
            TypeError(), RuntimeError()]:
    print(type(exc).__name__, "->", classify(exc))

order = []

def cls(name, c):
    order.append(name)
    return c

try:
    raise ValueError
except (cls("first", ValueError), cls("second", KeyError)):
    print("caught, classes evaluated:", order)

try:
    try:
        raise KeyError
    except (KeyError, undefined_name):
        print("not reached")
except NameError as e:
    print("NameError:", e)

# what may stand after except: classes deriving from BaseException only
for bad in [5, (ValueError, 5), ((ValueError, KeyError), TypeError), str]:
    try:
        try:
            raise ValueError("v")
        except bad:
            print("caught by", bad)
    except TypeError as e:
        print("TypeError:", e)
