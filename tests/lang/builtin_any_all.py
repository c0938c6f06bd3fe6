# Built-ins: any and all with empty iterables, short-circuiting and generators
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]), any('a'), all(''))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), all([[1], 'a', 1.5]), any([[], '', 0.0]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(check(x) for x in [5, 4, 1, 8]), seen)
print(any({0: 'a'}), all({1: 0, 2: 0}), any(iter([None, False, 3])))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(any([Truthy(False), Truthy(True)]), all([Truthy(True), Truthy(False)]))
grid = [[1, 2], [3, 4], [5, 0]]
print(all(all(row) for row in grid), any(0 in row for row in grid), all(len(r) == 2 for r in grid))
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(30) if is_prime(n)])
words = ['alpha', 'beta', 'gamma']
print(any(w.startswith('b') for w in words), all(w.islower() for w in words), any(len(w) > 5 for w in words))
print(all(x < y for x, y in zip([1, 2, 3], [2, 3, 4])), any(range(0)), all(range(1, 5)))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
