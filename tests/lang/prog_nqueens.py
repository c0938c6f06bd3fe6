# Program: N-queens by backtracking (counts, first solution board) and with a generator
def solve(n):
    cols = set()
    d1 = set()
    d2 = set()
    placement = []
    solutions = []
    def place(r):
        if r == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c)
            d1.add(r - c)
            d2.add(r + c)
            placement.append(c)
            place(r + 1)
            placement.pop()
            cols.remove(c)
            d1.remove(r - c)
            d2.remove(r + c)
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(8)[0]
print(first)
for c in first:
    print(' '.join('Q' if i == c else '.' for i in range(8)))
def queens_gen(n, row=0, placed=()):
    if row == n:
        yield placed
        return
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(placed)):
            yield from queens_gen(n, row + 1, placed + (c,))
g = queens_gen(6)
print(next(g), next(g), len(list(queens_gen(6))))
print(sum(1 for _ in queens_gen(7)))
def bitmask(n):
    full = (1 << n) - 1
    def go(cols, ld, rd):
        if cols == full:
            return 1
        count = 0
        avail = full & ~(cols | ld | rd)
        while avail:
            bit = avail & -avail
            avail -= bit
            count += go(cols | bit, ((ld | bit) << 1) & full, (rd | bit) >> 1)
        return count
    return go(0, 0, 0)
print([bitmask(n) for n in range(1, 10)])
