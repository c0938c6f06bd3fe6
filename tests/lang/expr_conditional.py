# Expressions: conditional expressions, short-circuit and/or returning operands
def f(x):
    return 'pos' if x > 0 else 'zero' if x == 0 else 'neg'
print(f(5), f(0), f(-5))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' or [] or 0, [] and 'x')
print(not 1, not 0, not None, not 'a', not not [1])
calls = []
def t(v):
    calls.append(v)
    return v
r = t(0) and t(1)
print(r, calls)
calls.clear()
r = t(1) or t(2)
print(r, calls)
calls.clear()
r = t(0) or t('') or t('last')
print(r, calls)
x = 10
y = (x if x < 5 else -x) * 2
print(y)
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
print((lambda v: 'big' if v > 100 else 'small')(1000))
print(1 if True else 1 / 0, 2 if False else 3)
a = b = None
print(a or b or 'all falsy')
print(0 or 0.0 or '' or (), 'x' and 'y' and 'z')
