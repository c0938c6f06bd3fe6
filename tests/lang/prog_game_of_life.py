# Program: Conway's game of life on a small torus, printing generations and population
W, H = 12, 8
def parse(rows):
    cells = set()
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch == '#':
                cells.add((x, y))
    return cells
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def show(cells):
    for y in range(H):
        print(''.join('#' if (x, y) in cells else '.' for x in range(W)))
glider = parse(['.#.', '..#', '###'])
blinker = {(x + 8, 5) for x in range(3)}
world = glider | blinker
show(world)
for gen in range(1, 13):
    world = step(world)
    if gen % 4 == 0:
        print('generation', gen, 'population', len(world))
        show(world)
print(sorted(world))
