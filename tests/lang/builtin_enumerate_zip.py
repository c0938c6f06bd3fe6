# Built-ins: enumerate (with start) and zip (uneven lengths, unzip idiom)
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('x', start=-2)))
for i, (a, b) in enumerate(zip('pq', 'rs'), 10):
    print(i, a, b)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), 'xyz')))
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip(names, nums)), [a * b for a, b in zip([1, 2], [3, 4])])
e = enumerate('hi')
print(next(e), next(e), next(e, None), type(e).__name__)
z = zip('ab', 'cd')
print(next(z), list(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
def gen():
    yield 1
    yield 2
print(list(enumerate(gen())), list(zip(gen(), gen())))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__)
print(list(enumerate({'a': 1, 'b': 2})), list(enumerate(range(3), start=2 ** 40))[-1])
