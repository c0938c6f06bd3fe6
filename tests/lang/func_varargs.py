# Functions: *args and **kwargs collection, forwarding, and order preservation
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 'two', [3]))
print(collect(z=1, a=2, m=3))
print(collect(1, *[2, 3], x=4, **{'y': 5}))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(*range(101)))
def describe(name, *tags, sep=', ', **extra):
    return name + ': ' + sep.join(tags) + (' ' + str(extra) if extra else '')
print(describe('a'), describe('b', 'x', 'y'), describe('c', 'p', sep='|', k=1))
def wrapper(*a, **k):
    return collect(*a, **k)
print(wrapper(1, k=2))
def mutate(*args):
    args = list(args)
    args.append('added')
    return args
t = (1, 2)
print(mutate(*t), t)
def kwonly_after_star(*, a, b=2):
    return a + b
print(kwonly_after_star(a=1), kwonly_after_star(b=10, a=1))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)
big = {('k%d' % i): i for i in range(20)}
print(sum(collect(**big)[1].values()))
