# Expressions: list comprehensions, nested, with conditions, with multiple for clauses
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in 'hello' if c not in 'l'])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1]])
print([len(w) for w in words], sum([len(w) for w in words]))
print([(i, c) for i, c in enumerate('abc')])
print([a + b for a, b in zip([1, 2], [10, 20])])
print([x for x in []], [[]for _ in range(2)])
print([i for i in range(3)] + [i for i in 'ab'])
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]])
