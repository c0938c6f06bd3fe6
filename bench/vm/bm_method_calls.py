# Benchmark: method calls on user classes (plain, inherited, via super, bound method stored)
N = 280000

class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, k):
        self.n = (self.n + k) & 0xFFFFF
        return self.n

    def get(self):
        return self.n

class Scaled(Counter):
    def inc(self, k):
        return super().inc(k * 2)

    def twice(self, k):
        self.inc(k)
        return self.inc(k)

def run(n):
    a = Counter()
    b = Scaled()
    inc = a.inc
    s = 0
    for i in range(n):
        a.inc(1)
        inc(2)
        b.twice(1)
        s = (s + a.get() - b.get()) & 0xFFFFFFF
    return s

print('method_calls', run(N))
