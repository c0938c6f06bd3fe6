# Statements: augmented assignment on names, attributes and subscripts (evaluated once)
x = 10
x += 5; x -= 3; x *= 2; x /= 4; print(x)
y = 17
y //= 3; y %= 4; y **= 3; y <<= 2; y >>= 1; y |= 1; y &= 0xF; y ^= 6; print(y)
s = 'ab'
s += 'cd'
s *= 2
print(s)
class C:
    def __init__(self):
        self.n = 0
        self.l = []
c = C()
c.n += 1
c.n *= 10
c.l += [1]
c.l += (2, 3)
print(c.n, c.l)
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [1, 2, 3]
arr[idx(1)] += 100
print(arr, calls)
d = {'k': 1}
d['k'] += 1
d.setdefault('z', 0)
d['z'] -= 5
print(d)
def getobj():
    calls.append('obj')
    return c
getobj().n += 1
print(c.n, calls)
t = (1, 2)
t += (3,)
print(t)
lst = [[0]]
lst[0][0] += 7
print(lst)
big = 2 ** 64
big += 1
big *= big
print(big)
f = 1.5
f **= 2
print(f)
