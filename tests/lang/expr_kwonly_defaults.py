# Expressions: keyword-only arguments, defaults evaluated once, mutable default pitfall
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(1, c=5, b=4))
try:
    kw(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(1)
except TypeError as e:
    print(type(e).__name__, e)
def star_kw(*args, key=None):
    return args, key
print(star_kw(1, 2), star_kw(key='k'))
counter = 0
def default_value():
    global counter
    counter += 1
    return counter
def uses(x=default_value()):
    return x
print(uses(), uses(), uses(9), counter)
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
def many(a, b=2, c=3, d=4):
    return a * 1000 + b * 100 + c * 10 + d
print(many(1), many(1, 5), many(1, d=9), many(a=0, c=0))
try:
    many()
except TypeError as e:
    print(type(e).__name__, e)
