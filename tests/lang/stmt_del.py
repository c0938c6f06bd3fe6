# Statements: del of names, list items, dict items, slices and attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a = list(range(8))
del a[0], a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class O:
    cls_attr = 'c'
o = O()
o.attr = 5
print(hasattr(o, 'attr'))
del o.attr
print(hasattr(o, 'attr'))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(O, 'cls_attr'))
def f():
    y = 2
    del y
    try:
        return y
    except NameError as e:
        return type(e).__name__
print(f())
p, q = 1, 2
del p, q
print('p' in dir(), 'q' in dir())
n = [[1, 2], [3, 4]]
del n[0][1]
print(n)
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
