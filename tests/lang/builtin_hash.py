# Built-ins: hash equality relations (numbers, strings, tuples) without printing raw values
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(1) == hash(True), hash(-1) == hash(-1.0))
print(hash(2 ** 40) == hash(float(2 ** 40)), hash(7) == 7, hash(0) == 0, hash(123456) == 123456)
print(hash('abc') == hash('ab' + 'c'), hash((1, 2)) == hash((1, 2)), hash(b'x') == hash(b'x'))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(None) == hash(None))
print(type(hash('s')).__name__, type(hash(2 ** 100)).__name__, type(hash(1.5)).__name__)
for bad in ([1], {1: 2}, {1}, bytearray(b'x')):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
def f():
    pass
print(hash(f) == hash(f), hash(int) == hash(int))
d = {1: 'int'}
print(d[1.0], d[True], 1.0 in {1}, True in {1})
class H:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return isinstance(o, H) and o.k == self.k
print(hash(H(5)) == hash(5), hash(H('a')) == hash('a'), len({H(1), H(1), H(2)}))
print(hash(-1) == hash(-1), hash(2 ** 61 - 1) == hash(2 ** 61 - 1), hash((1, 'a')) == hash((1, 'a')))
