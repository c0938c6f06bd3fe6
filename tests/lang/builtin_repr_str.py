# Built-ins: repr and str of built-in values and containers
vals = [0, -5, 2 ** 70, 1.5, -0.0, 1e100, 'text', "it's", b'by\x00', bytearray(b'ba'), None, True,
        [1, 'a'], (1,), (), {'k': [1]}, set(), {1}, frozenset(), frozenset({2}), range(3), range(1, 5, 2), [[]], ((),)]
for v in vals:
    print(repr(v), '|', str(v))
print(str(), repr(''), str(str), str(int), repr(type(None).__name__))
print(str(b'abc'), str(1.0), str(10 ** 20), str(-1e-7))
l = [1]
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
print(repr('\n'), str('\n') == '\n')
print(str(ValueError('v')), repr(ValueError('v')))
print(int, float, str, list, type(None), type)
class C:
    def __repr__(self):
        return 'C()'
print([C(), C()], (C(),), {'c': C()}, str([C()]))
print(repr(1.0), repr(1e-05), repr(123456789.0), repr(1e22), str(0.1 + 0.2))
