# Numbers: abs() of ints, big ints, floats, bools, and user classes
print(abs(0), abs(-1), abs(1), abs(-2 ** 100), abs(2 ** 100))
print(abs(-0.0), abs(-1.5), abs(float('-inf')), abs(True), abs(False))
print(abs(-(2 ** 31)), abs(-(2 ** 63)), abs(-(2 ** 30)))
class V:
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        return V(abs(self.x) * 10)
print(abs(V(-3)).x)
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs([1])
except TypeError as e:
    print(type(e).__name__, e)
print([abs(i) for i in range(-3, 4)])
print(abs(-7) == 7, abs(-7.0) == 7)
print(type(abs(-3)).__name__, type(abs(-3.0)).__name__, type(abs(True)).__name__)
print(sum(abs(x) for x in (-1, 2, -3, 4)))
