# Imports: "import x" of a .py module found on sys.path (tests/lang/modules)
import sys
_d = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, _d + "/modules")
import mod_basic
print(mod_basic.VALUE, mod_basic.NAME, mod_basic.greet('py'))
t = mod_basic.Thing(21)
print(t.double(), type(t).__name__, mod_basic.Thing.__name__)
print(mod_basic.__name__, type(mod_basic).__name__)
print('mod_basic' in sys.modules, sys.modules['mod_basic'] is mod_basic)
mod_basic.VALUE = 7
import mod_basic
print(mod_basic.VALUE, mod_basic.loaded_count)
print(hasattr(mod_basic, '_private'), hasattr(mod_basic, 'missing'))
def use_in_function():
    return mod_basic.greet('function') + '/' + str(mod_basic.Thing(1).double())
print(use_in_function())
import mod_basic as again
print(again is mod_basic, again.VALUE)
print(sorted(n for n in dir(mod_basic) if not n.startswith('_')))
