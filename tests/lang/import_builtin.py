# Imports: built-in modules sys, gc, time, array, struct via all import forms
import sys
import gc
import time
import array
import struct
print(type(sys).__name__, type(gc).__name__, type(time).__name__, type(array).__name__, type(struct).__name__)
print(sys.__name__, gc.__name__, time.__name__, array.__name__, struct.__name__)
from array import array as A
from struct import pack, unpack, calcsize
from gc import collect
from time import sleep
print(list(A('i', [1, 2, 3])))
print(unpack('<I', pack('<I', 1234)), calcsize('<q'))
collect()
sleep(0)
print(all(m in sys.modules for m in ('sys', 'gc', 'time', 'array', 'struct')))
import sys as s2
print(s2 is sys)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__ in ('ImportError', 'ModuleNotFoundError'), isinstance(e, ImportError))
try:
    from sys import no_such_name_xyz
except ImportError as e:
    print('ImportError for missing name')
