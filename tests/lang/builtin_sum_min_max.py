# Built-ins: sum (start), min/max (key, default, multiple args, iterables), errors
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum((0.5, 0.25)), sum(range(5), start=100), sum([[1], [2]], []))
print(sum([2 ** 64, 2 ** 64]), sum([1, 2.5]), sum(x * x for x in range(4)), sum([True, True]))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a'), max([1.5, 1, 2]))
print(min([], default='empty'), max((), default=0), min([3], default=9))
words = ['pear', 'fig', 'banana', 'kiwi']
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]), min(*words, key=len))
print(max([1, 3, 3, 2], key=lambda x: x % 3), max([(1, 'b'), (1, 'a')]), min({'x': 2, 'y': 1}, key={'x': 2, 'y': 1}.get))
print(max(2, 2.0), max(2.0, 2), min(0, -0.0), max([], default=None))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
