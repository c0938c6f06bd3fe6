# Expressions: dict comprehensions including filters, nested loops and inversion
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in [('a', 1), ('b', 2), ('c', 3)] if v != 2})
print({c: ord(c) for c in 'hey'})
d = {'x': 1, 'y': 2}
print({v: k for k, v in d.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({k: [n for n in range(k)] for k in range(4)})
print({w[0]: w for w in ['apple', 'avocado', 'banana']})
print({i % 3: i for i in range(10)})
counts = {w: 'a b a c b a'.split().count(w) for w in 'a b a c b a'.split()}
print(counts)
print({str(k): v for k, v in enumerate('xy')}, {})
