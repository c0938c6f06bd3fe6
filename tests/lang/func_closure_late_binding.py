# Functions: closures bind variables late (by cell), not by value at definition time
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
i = 100
print([f() for f in fns])
def make():
    out = []
    for j in range(3):
        def f():
            return j
        out.append(f)
    j = 'changed'
    return out
print([f() for f in make()])
def make_fixed():
    out = []
    for j in range(3):
        def f(j=j):
            return j
        out.append(f)
    return out
print([f() for f in make_fixed()])
def factory(k):
    return lambda: k
print([factory(k)() for k in range(3)])
def later():
    def show():
        return x
    x = 'assigned after def'
    return show()
print(later())
x = 'global x'
def reads_global():
    return x
x = 'rebound global x'
print(reads_global())
