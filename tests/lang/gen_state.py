# Generators: local state persists across resumes; generators in classes; re-entrancy error
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(20)])
print(next(f))
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), sum(t), 3 in t)
class Countdown:
    def __init__(self, n):
        self.n = n
    def run(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
c = Countdown(3)
g = c.run()
print(next(g), c.n, next(g), c.n, list(g), c.n)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def locals_survive():
    data = {'count': 0}
    while data['count'] < 3:
        data['count'] += 1
        yield dict(data)
print(list(locals_survive()))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave('abc', [1, 2], range(10, 14))))
