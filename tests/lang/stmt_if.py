# Statements: if/elif/else, truthiness of values, nested conditions, pass
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
print([classify(n) for n in (-5, 0, 3, 42)])
for v in (0, 1, '', 'x', [], [0], {}, None, 0.0, 2 ** 100, (), b''):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3:
    if x > 4:
        print('gt4')
    else:
        pass
if x: print('one-liner')
if not x:
    print('never')
elif x == 5 and x != 6 or False:
    print('elif taken')
class T:
    def __bool__(self):
        print('bool called')
        return False
if T():
    print('no')
else:
    print('T is falsy')
class L:
    def __len__(self):
        return 0
print('L falsy' if not L() else 'L truthy')
if x == 1:
    pass
elif x == 2:
    pass
else:
    print('else reached')
