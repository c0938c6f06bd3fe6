# Program: sorting algorithms (insertion, merge, quick, heap, counting) checked against sorted()
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed >> 33
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i])
            i += 1
        else:
            out.append(r[j])
            j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return list(a)
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def heapsort(a):
    a = list(a)
    n = len(a)
    def sift(i, n):
        while True:
            c = 2 * i + 1
            if c >= n:
                return
            if c + 1 < n and a[c + 1] > a[c]:
                c += 1
            if a[i] >= a[c]:
                return
            a[i], a[c] = a[c], a[i]
            i = c
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting(a, k):
    counts = [0] * k
    for x in a:
        counts[x] += 1
    return [i for i in range(k) for _ in range(counts[i])]
g = lcg(42)
data = [next(g) % 1000 for _ in range(300)]
ref = sorted(data)
for fn in (insertion, merge_sort, quick, heapsort):
    print(fn.__name__, fn(data) == ref)
print('counting', counting(data, 1000) == ref)
print(ref[:10], ref[-5:], data[:5])
words = ['delta', 'Alpha', 'charlie', 'bravo', 'echo', 'alpha']
print(merge_sort(words), quick(words), heapsort(words))
