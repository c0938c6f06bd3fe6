# Benchmark: plain function calls with positional, default and keyword arguments
N = 640000

def add(a, b):
    return a + b

def scaled(a, b, k=2):
    return add(a, b) * k

def kw(a, *, b=1, c=2):
    return a + b - c

def leaf():
    return 1

def run(n):
    total = 0
    for i in range(n):
        total += add(i, 1)
        total += scaled(i, 2)
        total += scaled(i, 3, k=1)
        total += kw(i, c=3)
        total = (total + leaf()) & 0xFFFFFFF
    return total

print('calls', run(N))
