# Benchmark: generator resume cost (next(), for-loops over generators, send(), yield from)
N = 840000

def count(n):
    i = 0
    while i < n:
        yield i & 0xFFFF
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def delegate(n):
    yield from count(n)

def acc():
    total = 0
    while True:
        v = yield total
        total = (total + v) & 0xFFFFFF

def run(n):
    s = 0
    for x in evens(count(n)):
        s = (s + x) & 0xFFFFFF
    for x in delegate(n // 2):
        s = (s + x) & 0xFFFFFF
    g = acc()
    next(g)
    for i in range(n):
        s += g.send(i) & 0xFF
    it = count(n)
    for _ in range(n // 2):
        s ^= next(it)
    return s

print('generators', run(N))
