# Generators: pipelines of generator functions and generator expressions
def numbers():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def evens(it):
    return (x for x in it if x % 2 == 0)
def squared(it):
    for x in it:
        yield x * x
print(list(take(5, squared(evens(numbers())))))
lines = ['  alpha ', '', '# comment', 'beta', '  gamma  ', '#x']
stripped = (l.strip() for l in lines)
nonblank = (l for l in stripped if l)
content = (l for l in nonblank if not l.startswith('#'))
print(list(content))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def running_sum(it):
    s = 0
    for x in it:
        s += x
        yield s
print(list(running_sum(range(1, 11))))
def primes():
    found = []
    for n in numbers():
        if n < 2:
            continue
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(15, primes())))
print(sum(take(1000, numbers())))
g = (x for x in range(3))
print(list(zip(g, g)))
