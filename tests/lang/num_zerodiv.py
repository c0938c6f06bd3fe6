# Numbers: ZeroDivisionError messages for every division-like operation
ops = [
    ('1 / 0', lambda: 1 / 0),
    ('1 // 0', lambda: 1 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1 / 0.0', lambda: 1 / 0.0),
    ('1.0 // 0.0', lambda: 1.0 // 0.0),
    ('1.0 % 0.0', lambda: 1.0 % 0.0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('divmod(1.0, 0.0)', lambda: divmod(1.0, 0.0)),
    ('big / 0', lambda: 2 ** 100 / 0),
    ('big // 0', lambda: 2 ** 100 // 0),
    ('0 ** -1', lambda: 0 ** -1),
    ('pow(0, -2)', lambda: pow(0, -2)),
]
for name, f in ops:
    try:
        f()
        print(name, 'no error')
    except ZeroDivisionError as e:
        print(name, '->', type(e).__name__, e)
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, x)
try:
    x %= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, x)
print(issubclass(ZeroDivisionError, ArithmeticError))
