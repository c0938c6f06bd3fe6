# Expressions: set comprehensions (printed sorted) and set displays
print(sorted({x % 5 for x in range(20)}))
print(sorted({c for c in 'hello world' if c.isalpha()}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
print(len({w.lower() for w in ['A', 'a', 'B', 'b', 'c']}))
s = {n * n for n in range(-3, 4)}
print(sorted(s), 9 in s, 2 in s)
print({1, 2, 3} == {x for x in (3, 2, 1)}, type({x for x in ''}).__name__)
print(sorted({i // 2 for i in range(10)} | {100}))
