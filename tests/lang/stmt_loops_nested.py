# Statements: nested loops with break/continue at each level, flags, and loop-else searches
grid = [[3, 8, 1], [9, 4, 7], [2, 6, 5]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 7:
            found = (r, c)
            break
    else:
        continue
    break
print(found)
pairs = []
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > i + 1:
            break
        pairs.append((i, j))
print(pairs)
def first_dup(items):
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a == b:
                return a
    return None
print(first_dup([1, 2, 3, 2, 1]), first_dup('abc'))
count = 0
i = 0
while i < 5:
    j = 0
    while True:
        j += 1
        if j > i:
            break
        count += 1
    i += 1
print(count)
total = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if (a + b + c) % 2:
                continue
            total += a * 100 + b * 10 + c
print(total)
result = []
for word in ['apple', 'sky', 'tree', 'rhythm']:
    for ch in word:
        if ch in 'aeiou':
            result.append(word + ':' + ch)
            break
    else:
        result.append(word + ':none')
print(result)
n = 0
for _ in range(100):
    for _ in range(100):
        n += 1
print(n)
