# Program: an LRU cache class using dict insertion order, with hit/miss statistics
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
    def __repr__(self):
        return 'LRU(%r)' % list(self.data)
c = LRU(3)
for k in 'abc':
    c.put(k, k.upper())
print(c, c.get('a'), c)
c.put('d', 'D')
print(c, 'b' in c, len(c))
c.put('c', 'C2')
print(c, c.get('c'), c.get('zz', '?'))
def cached(cap):
    def deco(fn):
        cache = LRU(cap)
        def wrapper(n):
            v = cache.get(n)
            if v is None:
                v = fn(n)
                cache.put(n, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco
@cached(50)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
cc = collatz_len.cache
print(len(cc), cc.hits > 0, cc.misses > 0, cc.evictions > 0)
seq = [1, 2, 3, 1, 4, 5, 2, 1, 6, 3, 1, 2]
lru = LRU(3)
for x in seq:
    if lru.get(x) is None:
        lru.put(x, x * x)
print(lru, lru.hits, lru.misses, lru.evictions)
