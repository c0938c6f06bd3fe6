# Benchmark: list work (append, index, slices, comprehensions, pop, in, extend, reverse)
N = 1000

def run(n):
    total = 0
    for r in range(n):
        lst = []
        for i in range(2000):
            lst.append(i * r % 1009)
        sq = [x * x for x in lst if x & 1]
        total += len(sq) + sum(lst[::7]) + lst[r]
        lst[10:20] = lst[:5]
        total += lst.index(lst[500])
        while len(lst) > 1500:
            total += lst.pop()
        copy = lst[:]
        copy.reverse()
        copy.extend(sq[:100])
        total += copy[0] + (r in lst)
    return total

print('list_ops', run(N))
