# Numbers: hex(), oct(), bin() and their round trip through int(s, 0)
for n in (0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 32, 2 ** 100 + 5, -(2 ** 65)):
    h, o, b = hex(n), oct(n), bin(n)
    print(n, h, o, b)
    assert int(h, 0) == n and int(o, 0) == n and int(b, 0) == n
print(hex(True), bin(False))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin('1')
except TypeError as e:
    print(type(e).__name__, e)
print([hex(i) for i in range(10, 17)], [oct(i) for i in range(6, 10)], [bin(i) for i in range(4)])
print(hex(2 ** 31 - 1), hex(-2 ** 31), oct(2 ** 64), bin(-(2 ** 33)))
