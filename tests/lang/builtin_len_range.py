# Built-ins: len of containers; range with steps, negative steps, len, indexing, slicing, in
print(len(''), len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(b'xy'), len(range(10)))
print(list(range(5)), list(range(2, 7)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 0)))
print(list(range(-5, -1)), list(range(-1, -10, -3)), list(range(0)), list(range(3, 3)))
r = range(3, 20, 4)
print(len(r), r[0], r[1], r[-1], r[-2], r[1:3], r[::-1], list(r[::2]), list(r[::-1]))
print(7 in r, 8 in r, 19 in r, 20 in r, -1 in range(-5, 0), 0 in range(-5, 0))
print(len(range(10, 0, -3)), list(range(10, 0, -3)), range(10, 0, -3)[-1])
print(range(5) == range(0, 5), range(0) == range(2, 2), range(3), range(1, 10, 2))
print(r.index(11), r.count(11), r.start, r.stop, r.step)
print(len(range(0, 10 ** 12, 3)), range(0, 10 ** 12, 3)[10 ** 9], 10 ** 11 in range(0, 10 ** 12, 2))
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
try:
    range(0, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'))
