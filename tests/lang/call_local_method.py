# o.m() with o a local variable (one fused instruction in irqpy): every
# kind of attribute it can find, caching across calls, shadowing, errors.
import gc


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

    @staticmethod
    def static():
        return "static"

    @classmethod
    def cls(k):
        return k.__name__

    @property
    def maker(self):
        return lambda: "from property"


class Dyn:
    def __getattr__(self, name):
        return lambda: "getattr " + name


def calls(objs):
    out = []
    for o in objs:
        out.append(o.copy() if isinstance(o, (list, dict, set)) else o.upper())
    return out


def kinds():
    lst = [3, 1, 2]
    d = {"a": 1}
    s = "abc"
    b = bytearray(b"xy")
    c = Counter()
    print(lst.pop(), lst.copy(), d.popitem(), s.upper(), s.isdigit(), b.decode())
    print(c.bump(), c.bump(), c.static(), c.cls(), c.maker())
    k = Counter
    print(k.static(), k.cls())
    m = gc
    print(m.isenabled())
    dy = Dyn()
    print(dy.anything())
    print(calls([[1], {"k": 2}, "lo", {5}]))


def shadowing():
    c = Counter()
    results = []
    for i in range(4):
        if i == 2:
            c.bump = lambda: "instance attribute"
        results.append(c.bump())
    print(results)
    del c.bump
    print(c.bump())


def class_changed():
    c = Counter()
    first = c.bump()
    Counter.bump = lambda self: "patched"
    print(first, c.bump())


def type_changes():
    out = []
    for v in ["x", [1, 2], b"y", {"z": 0}, (4,)]:
        out.append(v.__len__())
    print(out)


def errors():
    n = 5
    try:
        n.nope()
    except AttributeError as e:
        print("AttributeError:", e)
    c = Counter()
    c.n = 3
    try:
        c.n()
    except TypeError as e:
        print("TypeError:", e)
    lst = []
    try:
        lst.pop()
    except IndexError as e:
        print("IndexError:", e)
    try:
        d = {}
        d.popitem()
    except KeyError as e:
        print("KeyError:", e)


def unbound():
    try:
        x.upper()
    except UnboundLocalError:
        print("UnboundLocalError")
    x = "late"
    return x.upper()


def args_still_work():
    s = "a,b"
    return s.split(","), s.split(sep=","), s.count("a")


kinds()
shadowing()
class_changed()
type_changes()
errors()
print(unbound())
print(args_still_work())
