# Imports: "import x as y" and "from x import a as b" for .py and built-in modules
import sys
_d = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, _d + "/modules")
import mod_basic as mb
import sys as system
from mod_basic import greet as hello, VALUE as V
print(mb.VALUE, system is sys, hello('as'), V)
print('mb' in dir(), 'mod_basic' in dir())
import struct as st, array as arr
print(st.calcsize('<i'), arr.array('b', [1, 2])[1])
def local_import():
    import mod_basic as inner
    from mod_basic import Thing as T
    return inner.NAME, T(3).double()
print(local_import())
print('inner' in dir())
import gc as g, time as t
print(g.isenabled() in (True, False), callable(t.sleep))
from mod_basic import Thing as T2, greet as g2
print(T2(4).double(), g2('x'), T2 is mb.Thing)
