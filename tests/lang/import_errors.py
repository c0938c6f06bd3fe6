# Imports: a module that raises during import propagates the error and is not cached
import sys
_d = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, _d + "/modules")
try:
    import mod_raises
except ValueError as e:
    print(type(e).__name__, e)
print('mod_raises' in sys.modules)
try:
    import mod_raises
except ValueError as e:
    print('again', e)
try:
    import this_module_is_missing
except ImportError as e:
    print(isinstance(e, ImportError))
try:
    from mod_basic import nope
except ImportError as e:
    print('ImportError', 'mod_basic' in sys.modules)
