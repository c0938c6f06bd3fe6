# Imports: a package directory with __init__.py and a submodule
import sys
_d = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, _d + "/modules")
import pkg_demo
print(pkg_demo.PKG_NAME)
import pkg_demo.sub
print(pkg_demo.sub.where())
from pkg_demo import sub
print(sub.where(), sub is pkg_demo.sub)
from pkg_demo.sub import where
print(where())
import pkg_demo.sub as s
print(s.where(), 'pkg_demo.sub' in sys.modules)
def f():
    from pkg_demo import sub as local_sub
    return local_sub.where()
print(f(), 'pkg_demo' in sys.modules)
print(hasattr(pkg_demo, 'sub'), pkg_demo.sub is sys.modules['pkg_demo.sub'])
import pkg_demo as pd
print(pd is pkg_demo, pd.PKG_NAME)
