# Built-ins: abs, divmod, pow, round across numeric types, quick tour
print(abs(-3), abs(3.5), abs(-2 ** 70), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 10))
print(pow(2, 8), pow(2, -1), pow(2.0, 0.5), pow(3, 4, 5), pow(-2, 3), pow(10, 30))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(1234, -2), round(0.1 + 0.2, 10))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(7)).__name__, round(-0.0))
class R:
    def __round__(self, n=None):
        return 'rounded %s' % n
print(round(R()), round(R(), 2))
class D:
    def __divmod__(self, o):
        return ('dm', o)
    def __rdivmod__(self, o):
        return ('rdm', o)
print(divmod(D(), 3), divmod(3, D()))
class PowC:
    def __pow__(self, e, mod=None):
        return ('pow', e, mod)
print(pow(PowC(), 2), pow(PowC(), 2, 5), PowC() ** 3)
for v in (-7, 7):
    for w in (-2, 2):
        print(v, w, divmod(v, w), v // w, v % w, pow(v, 2, abs(w) + 1))
try:
    round('x')
except TypeError as e:
    print(type(e).__name__)
print(abs(-0), abs(-1e-300), pow(1, 10 ** 6), pow(-1, 10 ** 6 + 1))
