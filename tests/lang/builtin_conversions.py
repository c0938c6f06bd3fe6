# Built-ins: int, float, bool, str, list, tuple, dict, set, frozenset, bytes, bytearray constructors
print(int(), int(5.9), int('-12'), int('ff', 16), int(True), float(), float(2), float('1.25'), bool(), bool('x'))
print(str(), str(12), str(1.5), str([1]), list(), list('ab'), list((1, 2)), list({1: 2}), list(range(2)))
print(tuple(), tuple([1, 2]), tuple('ab'), dict(), dict(a=1), dict([(1, 2)]), dict({'x': 0}, y=1))
print(sorted(set('hello')), sorted(frozenset([3, 1, 3])), set(), frozenset())
print(bytes(), bytes(2), bytes([1, 2]), bytes('hi', 'utf-8'), bytes(b'q'), bytes(bytearray(b'r')))
print(bytearray(), bytearray(2), bytearray([3]), bytearray(b'xy'), bytearray('é', 'utf-8'))
print(list(b'AB'), tuple(bytearray(b'\x01\x02')), dict.fromkeys('ab', 0), list(dict(zip('ab', 'cd')).items()))
print(type(int('5')).__name__, type(float('5')).__name__, type(str(5)).__name__)
print(int(' 7 '), float(' 7 '), int(float('3.0')), int(-0.9), str(-0.0), bool(0.0), bool(-0.0))
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
