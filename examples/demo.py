# A tour of what the host interpreter runs today: numbers, strings,
# containers, classes, generators and exceptions.
import sys


class Sensor:
    def __init__(self, name, scale):
        self.name = name
        self.scale = scale

    def read(self, raw):
        return raw * self.scale

    def __repr__(self):
        return f"Sensor({self.name!r}, scale={self.scale})"


def samples(n):
    x = 1
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        yield x % 1000


s = Sensor("adc0", 3)
values = [s.read(v) for v in samples(8)]
print(s, "->", values)
print("sum={} max={} mean={:.2f}".format(sum(values), max(values), sum(values) / len(values)))
print("2**100 =", 2**100)
print("sorted by last digit:", sorted(values, key=lambda v: (v % 10, v)))
counts = {}
for v in values:
    counts[v % 7] = counts.get(v % 7, 0) + 1
print("residues mod 7:", counts)
try:
    values[100]
except IndexError as e:
    print("caught:", type(e).__name__, e)
print(f"{'irqpy':>10s} | {len(sys.argv)} arg(s) | {3.14159:8.3f} µs")
