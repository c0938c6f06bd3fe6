# Numbers: float computations without the math module (sqrt by Newton, series, powers)
def sqrt(x):
    g = x / 2 if x > 1 else 1.0
    for _ in range(60):
        g = (g + x / g) / 2
    return g
print(sqrt(2), sqrt(2) == 2 ** 0.5, sqrt(1e10), sqrt(0.25))
def exp(x):
    term = total = 1.0
    for n in range(1, 40):
        term *= x / n
        total += term
    return total
print(exp(1), exp(0), exp(-1), exp(2) * exp(-2))
pi = 0.0
for k in range(100000):
    pi += (-1) ** k / (2 * k + 1)
print(4 * pi)
s = sum(1 / n ** 2 for n in range(1, 10001))
print(s, (s * 6) ** 0.5)
print(2 ** 0.5, 10 ** 0.5, 27 ** (1 / 3), 1.5 ** 10, 0.5 ** 0.5)
print(1e-3 ** 2, 1e150 * 1e150, 1e200 * 1e200, -1e200 * 1e200)
h = 0.0
for i in range(1, 1001):
    h += 1.0 / i
print(h)
print(round(sqrt(12345.678), 6), round(exp(3.5), 4))
a, b = 1.0, 0.5 ** 0.5
t, p = 0.25, 1.0
for _ in range(4):
    an = (a + b) / 2
    b = (a * b) ** 0.5
    t -= p * (a - an) ** 2
    a = an
    p *= 2
print((a + b) ** 2 / (4 * t))
