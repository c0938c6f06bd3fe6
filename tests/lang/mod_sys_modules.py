# Modules: sys.modules caching of built-in modules and identity across import forms
import sys
import gc
import struct
print(sys.modules['gc'] is gc, sys.modules['struct'] is struct, 'sys' in sys.modules)
import struct as s2
from struct import pack
print(s2 is struct, pack is struct.pack)
before = set(sys.modules)
import array
print('array' in sys.modules, sys.modules['array'] is array)
def inner_import():
    import array as arr
    return arr
print(inner_import() is array)
print(type(sys.modules).__name__, len(sys.modules) >= 4)
print(sys.modules.get('nonexistent_module_zz') is None)
main = sys.modules['__main__']
print(main.__name__, hasattr(main, 'inner_import'), main.inner_import is inner_import)
MODULE_VALUE = 123
print(sys.modules['__main__'].MODULE_VALUE)
print([m for m in ('gc', 'struct', 'array', 'sys') if m in sys.modules])
