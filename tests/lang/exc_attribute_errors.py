# Exceptions: AttributeError messages for instances, classes, modules, builtins and None
import sys
class Thing:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
cases = [
    lambda: Thing().nope,
    lambda: Thing.nope,
    lambda: sys.nope,
    lambda: (1).nope,
    lambda: 'str'.nope,
    lambda: [].nope,
    lambda: {}.nope,
    lambda: None.nope,
    lambda: (1.5).nope,
    lambda: (lambda: 0).nope,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(type(e).__name__, e)
t = Thing()
try:
    t.inst2 += 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.nope
except AttributeError as e:
    print(type(e).__name__, e)
for obj in (5, 'x', [1]):
    try:
        obj.new_attr = 1
    except AttributeError as e:
        print(type(e).__name__)
print(getattr(t, 'inst'), getattr(Thing, 'cls_attr'), hasattr(t, 'nope'))
