# list: literals, len, indexing, concatenation, repetition, membership, nesting
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], [], [[]], [a, a])
print(a + [4], a * 2, [0] * 3, 2 * [None], [] * 5)
print(2 in a, 5 in a, 5 not in a)
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
c = list(a)
c.append(5)
print(a, c)
a[1] = 'two'
print(a, a.index('two'))
a[-1] *= 10
print(a)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
print(list(range(5)), list('abc'), list((1, 2)), list({1: 'a', 2: 'b'}))
print(type([]).__name__, isinstance(a, list))
x = []
x += [1, 2]
x += (3,)
x += 'ab'
print(x)
y = x
y *= 2
print(x is y, len(x))
print([1, [2, [3, [4]]]], str([1.5, 'a', None, True]))
print(repr(['q', "'"]))
