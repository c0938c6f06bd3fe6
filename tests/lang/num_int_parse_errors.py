# Numbers: ValueError messages for bad int() and float() literals
for s in ('x', '', ' ', '1.5', '12a', '--1', '0x10', '1 2', 'ä'):
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s, b in (('2', 2), ('g', 16), ('8', 8), ('z', 35)):
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ('abc', '', '1.2.3', 'inf1', '1e', '0x10', 'nan nan'):
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for v in (None, [1], {}):
    try:
        int(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
