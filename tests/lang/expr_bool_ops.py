# Expressions: and/or/not evaluation order and results with mixed value types
vals = [0, 1, '', 'a', [], [0], None, True, False, 0.0, 2.5]
print([v or 'd' for v in vals])
print([v and 'd' for v in vals])
print([not v for v in vals])
order = []
def t(name, val):
    order.append(name)
    return val
r = t('a', 1) and t('b', 0) and t('c', 1)
print(r, order)
order.clear()
r = t('a', 0) or t('b', '') or t('c', 'win') or t('d', 'never')
print(r, order)
order.clear()
r = (t('a', 1) or t('b', 1)) and (t('c', 0) or t('d', 'last'))
print(r, order)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, (1 or 2) and 3, not 0 and 5, not (0 and 5))
x = None
name = x or 'anonymous'
print(name, [] or {} or () or 'all empty', 'a' and 'b' and 'c')
def safe_len(s):
    return s is not None and len(s)
print(safe_len(None), safe_len('abc'), safe_len(''))
print(True + (1 and 2), (0 or 0.0) == 0, type(0 or 0.0).__name__)
class Loud:
    def __bool__(self):
        print('bool!')
        return True
print(Loud() and 'after', type(not Loud()).__name__)
