# Benchmark: integer arithmetic in a while loop (small ints: add, mul, mod, shifts, compares)
N = 1100000

def run(n):
    acc = 0
    x = 12345
    i = 0
    while i < n:
        x = (x * 1103 + 12345) % 65536
        if x & 1:
            acc += x >> 3
        else:
            acc -= x << 1
        acc = (acc ^ i) & 0xFFFFFF
        i += 1
    return acc

print('int_loop', run(N))
