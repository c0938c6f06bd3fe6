# list: lexicographic comparison, equality with nested and mixed types
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2.0] == [1, 2], [1] == (1,), [[]] > [])
print([2] > [1, 100], ['a', 'b'] < ['a', 'c'], [1, 2] <= [1, 2], [1, 2] >= [1, 3])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print(type(e).__name__, e)
print([1, 'a'] == [1, 'a'], [None] == [None], [1, 2] == [1, 2, 3])
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b)
print(sorted([[3], [1, 2], [1], [], [1, 1]]))
print([1, 2, 3] > [1, 2], [0, 9] < [1], [[1, 2]] == [[1, 2]], [[1], 2] < [[1], 3])
print(max(['b', 'a'], ['b']), [1.0] == [1], [True] == [1], [None, 1] == [None, 1])
print([1, 2] * 2 == [1, 2, 1, 2], [] == [], [[]] != [])
words = [['x', 1], ['x', 0], ['a', 5]]
words.sort()
print(words)
