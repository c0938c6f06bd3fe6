# Statements: pass in all block kinds, semicolons, empty class, docstrings as statements
def f():
    pass
class C:
    pass
class D:
    """Docstring only."""
def g():
    """Function docstring."""
    return g.__doc__
for i in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
print(f(), C.__name__, D.__doc__, g())
a = 1; b = 2; print(a + b)
x = (1 +
     2 +
     3)
y = [
    1,
    2,
]
z = 1 + \
    2
print(x, y, z)
if a: pass
print(...)
print(Ellipsis is ...)
