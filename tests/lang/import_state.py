# Imports: a module is executed once; every importer shares its state via sys.modules
import sys
_d = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, _d + "/modules")
import mod_state
from mod_state import add, items
print(add('a'), add('b'))
import mod_state as again
print(again is mod_state, again.items, items is mod_state.items)
def use():
    import mod_state
    return mod_state.add('c')
print(use(), mod_state.items)
del sys.modules['mod_state']
import mod_state as fresh
print(fresh is again, fresh.items, again.items)
fresh.add('z')
print(fresh.items, len(again.items))
import mod_state as third
print(third is fresh, third.items)
