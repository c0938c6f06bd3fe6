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
d = {k: v for k, v in zip('abc', range(3))}
d2 = {v: k for k, v in d.items() if v}
print(d, d2)
print({n: ('even' if n % 2 == 0 else 'odd') for n in range(5)})
print({x: {y: x * y for y in range(2)} for x in range(2)})
print(len({i: None for i in range(1000)}), {i % 2: i for i in range(5)})
lookup = {name.lower(): len(name) for name in ['Ann', 'BOB', 'cy']}
print(lookup, lookup.get('bob'))
