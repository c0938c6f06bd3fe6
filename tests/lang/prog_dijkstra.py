# Program: shortest paths with Dijkstra (hand-written binary heap), BFS and topological sort
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[m], a[i] = a[i], a[m]
                i = m
        return top
    def __len__(self):
        return len(self.a)
graph = {'A': {'B': 7, 'C': 9, 'F': 14}, 'B': {'A': 7, 'C': 10, 'D': 15}, 'C': {'A': 9, 'B': 10, 'D': 11, 'F': 2},
         'D': {'B': 15, 'C': 11, 'E': 6}, 'E': {'D': 6, 'F': 9}, 'F': {'A': 14, 'C': 2, 'E': 9}}
def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    h = Heap()
    h.push((0, src))
    while len(h):
        d, u = h.pop()
        if d > dist.get(u, 10 ** 9):
            continue
        for v, w in g[u].items():
            nd = d + w
            if nd < dist.get(v, 10 ** 9):
                dist[v] = nd
                prev[v] = u
                h.push((nd, v))
    return dist, prev
dist, prev = dijkstra(graph, 'A')
print(sorted(dist.items()))
path = ['E']
while path[-1] != 'A':
    path.append(prev[path[-1]])
print('->'.join(reversed(path)))
h = Heap()
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
deps = {'app': ['lib', 'util'], 'lib': ['core'], 'util': ['core'], 'core': [], 'test': ['app']}
order = []
seen = set()
def visit(n):
    if n in seen:
        return
    seen.add(n)
    for d in deps[n]:
        visit(d)
    order.append(n)
for n in deps:
    visit(n)
print(order)
