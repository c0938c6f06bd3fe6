# Imports: "from x import a, b" binds names; failures raise ImportError
import sys
_d = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, _d + "/modules")
from mod_basic import VALUE, greet, Thing
print(VALUE, greet('from'), Thing(5).n)
from mod_basic import (NAME,
                       loaded_count)
print(NAME, loaded_count)
try:
    from mod_basic import does_not_exist
except ImportError as e:
    print(type(e).__name__)
from sys import path, modules
print(type(path).__name__, type(modules).__name__)
from mod_uses_other import shout, base_value
print(shout('nested'), base_value)
import mod_basic
print(mod_basic.greet is greet)
from mod_all import exported, not_exported
print(exported, not_exported)
