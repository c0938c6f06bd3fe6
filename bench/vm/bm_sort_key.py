# Benchmark: sorting lists of tuples, strings and objects with key functions
N = 32

class Rec:
    def __init__(self, k, name):
        self.k = k
        self.name = name

def run(n):
    seed = 1
    nums = []
    for _ in range(5000):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        nums.append(seed % 100000)
    total = 0
    for r in range(n):
        pairs = [(x % 97, x) for x in nums]
        pairs.sort(key=lambda p: (p[0], -p[1]))
        words = ['w%d' % x for x in nums[:2000]]
        words = sorted(words, key=len, reverse=True)
        recs = [Rec(x % 1000, 'n%d' % x) for x in nums[:2000]]
        recs.sort(key=lambda o: o.k)
        total += pairs[r][1] + len(words[0]) + recs[-1].k + sorted(nums)[r]
    return total

print('sort_key', run(N))
