# Program: a small class-hierarchy simulation (vehicles on a road) with a deterministic RNG
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
class Vehicle:
    wheels = 4
    def __init__(self, name, speed):
        self.name = name
        self.speed = speed
        self.pos = 0
        self.fuel = 100
    def step(self, rng):
        if self.fuel <= 0:
            return
        d = self.speed + rng.randint(-2, 2)
        self.pos += d
        self.fuel -= self.consumption(d)
    def consumption(self, d):
        return d // 2
    def __repr__(self):
        return '%s(%s pos=%d fuel=%d)' % (type(self).__name__, self.name, self.pos, self.fuel)
class Truck(Vehicle):
    wheels = 18
    def consumption(self, d):
        return d
class Bike(Vehicle):
    wheels = 2
    def consumption(self, d):
        return 0
class Car(Vehicle):
    def step(self, rng):
        super().step(rng)
        if self.pos % 7 == 0:
            self.pos += 1
rng = LCG(2024)
fleet = [Car('c1', 10), Truck('t1', 8), Bike('b1', 4), Car('c2', 12), Truck('t2', 6)]
for tick in range(25):
    for v in fleet:
        v.step(rng)
    if tick % 8 == 0:
        print(tick, [v.pos for v in fleet])
for v in sorted(fleet, key=lambda v: -v.pos):
    print(v, v.wheels)
print(sum(v.wheels for v in fleet), max(fleet, key=lambda v: v.fuel).name)
stats = {}
for v in fleet:
    stats.setdefault(type(v).__name__, []).append(v.pos)
print({k: (len(p), sum(p)) for k, p in stats.items()})
