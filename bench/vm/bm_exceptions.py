# Benchmark: raising and catching exceptions, try/finally and with-blocks in loops
N = 440000

class Guard:
    def __init__(self):
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, t, v, tb):
        return t is KeyError

def check(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i

def run(n):
    g = Guard()
    caught = 0
    s = 0
    for i in range(n):
        try:
            s = (s + check(i)) & 0xFFFFFF
        except ValueError:
            caught += 1
        try:
            s += 1
        finally:
            s -= 1
        with g:
            if i % 5 == 0:
                raise KeyError(i)
    return s + caught + g.entered

print('exceptions', run(N))
