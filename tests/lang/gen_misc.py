# Generators: generators in comprehensions, as arguments, with try/finally, and recursion
def nums(n):
    try:
        for i in range(n):
            yield i
    finally:
        print('nums(%d) finished' % n)
print([x * 2 for x in nums(3)])
print(sum(nums(4)), max(nums(2)))
g10 = nums(10)
for x in g10:
    if x == 2:
        break
print('after break')
g10.close()
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print([''.join(p) for p in perms('abc')], len(list(perms([1, 2, 3, 4]))))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda v: v < 5, range(100))))
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 4])), ''.join(unique('mississippi')))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)), list(chunks('abcdefg', 2)))
def counter_gen():
    i = 0
    while True:
        reset = yield i
        i = 0 if reset else i + 1
c = counter_gen()
print(next(c), next(c), next(c), c.send(True), next(c))
g = (i for i in range(3))
print(list(zip(g, 'abc')), list(g))
