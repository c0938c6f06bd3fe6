# list: error paths for pop, remove, index, bad index types
a = [1, 2, 3]
try:
    a[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[-4] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    a.pop(10)
except IndexError as e:
    print(type(e).__name__, e)
try:
    a.remove(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + (4,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 'a'].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
print(a)
