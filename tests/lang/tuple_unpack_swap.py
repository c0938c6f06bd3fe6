# tuple: packing/unpacking idioms (swap, rotate, return multiple values, enumerate pairs)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x, y = 'xy'
x, y = y, x
print(x, y)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 9, 1, 7])
print(lo, hi, minmax('hello'))
def divmod2(a, b):
    return a // b, a % b
q, r = divmod2(17, 5)
print(q, r)
points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys, sum(xs), sum(ys))
for i, (px, py) in enumerate(points):
    print(i, px * py)
t = 1,
print(t, len(t), type(t).__name__)
(t1, t2), (t3, t4) = (1, 2), (3, 4)
print(t1 + t4, t2 + t3)
record = ('ann', 30, ('x@y.z', '555'))
name, age, (email, phone) = record
print(name, age, email, phone)
fib = [0, 1]
for _ in range(10):
    fib[0], fib[1] = fib[1], fib[0] + fib[1]
print(fib)
nested = ((1, (2, 3)), (4, (5, 6)))
print([a + b + c for a, (b, c) in nested])
print(tuple(reversed((1, 2, 3))), (1, 2) * 3, tuple(sorted((3, 1, 2))))
