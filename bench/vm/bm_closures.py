# Benchmark: closures (reading free variables, nonlocal updates, calling inner functions)
N = 880000

def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count = (count + step) & 0xFFFFF
        return count
    return inc

def make_adder(k):
    return lambda x: x + k

def run(n):
    c1 = make_counter(1)
    c3 = make_counter(3)
    add5 = make_adder(5)
    s = 0
    for i in range(n):
        s += c1() + c3()
        s = add5(s) & 0xFFFFFF
    fs = [make_adder(i) for i in range(100)]
    for _ in range(n // 100):
        for f in fs:
            s = f(s) & 0xFFFFFF
    return s

print('closures', run(N))
