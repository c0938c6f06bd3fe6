# Expressions: set comprehensions (printed sorted) and set displays
print(sorted({x % 5 for x in range(20)}))
print(sorted({c for c in 'hello world' if c.isalpha()}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
print(len({w.lower() for w in ['A', 'a', 'B', 'b', 'c']}))
s = {n * n for n in range(-3, 4)}
print(sorted(s), 9 in s, 2 in s)
print({1, 2, 3} == {x for x in (3, 2, 1)}, type({x for x in ''}).__name__)
print(sorted({i // 2 for i in range(10)} | {100}))
print(sorted({len(w) for w in 'the quick brown fox jumps'.split()}))
print(sorted({x for x in range(30) if x % 3 == 0} - {x for x in range(30) if x % 2 == 0}))
s = {n % 4 for n in [1, 5, 9, 2, 6]}
print(sorted(s), len(s), 1 in s, 3 in s)
print(sorted({(a, b) for a in range(2) for b in 'xy'}))
print(sorted({c.lower() for c in 'AaBbCc'}), type({1 for _ in ()}).__name__)
print(sorted({frozenset([i, i + 1]) for i in range(3)}, key=sorted))
print(sum({i * i for i in range(-5, 6)}), max({abs(i) for i in range(-9, 3)}))
print(sorted({i // 3 for i in range(20)}) == list(range(7)))
print(sorted({(i * 7) % 10 for i in range(10)}))
