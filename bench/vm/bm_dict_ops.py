# Benchmark: dict work (insert, lookup, update, delete, get, iteration over items)
N = 200

def run(n):
    total = 0
    keys = ['k%d' % i for i in range(3000)]
    for r in range(n):
        d = {}
        for i, k in enumerate(keys):
            d[k] = i + r
        for k in keys:
            total += d[k]
        for i in range(0, 3000, 3):
            del d[keys[i]]
        for k in keys[:1000]:
            total += d.get(k, -1)
        ints = {}
        for i in range(3000):
            ints[i * 7] = i
        for i in range(0, 21000, 7):
            total += ints[i]
        for k, v in d.items():
            total ^= v
        total = (total + len(d) + len(ints)) & 0xFFFFFFF
    return total

print('dict_ops', run(N))
