# Benchmark: attribute loads and stores on instances and classes
N = 1000000

class Point:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y

def run(n):
    p = Point(1, 2)
    q = Point(3, 4)
    s = 0
    for i in range(n):
        p.x = q.y + i
        q.y = p.x - q.x
        s += p.x * Point.scale + q.y
        p.y = s & 0xFFFF
        s = (s + p.y + q.x) & 0xFFFFFF
    return s

print('attr_access', run(N))
