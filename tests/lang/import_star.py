# Imports: "from x import *" honours __all__ and skips underscore names
import sys
_d = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, _d + "/modules")
from mod_basic import *
print(VALUE, NAME, greet('star'))
try:
    print(_private)
except NameError as e:
    print(type(e).__name__, e)
from mod_all import *
print(exported, also_exported)
try:
    print(not_exported)
except NameError as e:
    print(type(e).__name__, e)
from struct import *
print(calcsize('<hh'), unpack('<h', pack('<h', -2)))
print(Thing(3).double(), 'greet' in dir(), 'mod_basic' in dir())
print(VALUE + 1, calcsize('<q'))
