# Benchmark: n-body style float arithmetic on lists of floats
N = 34000

def make():
    bodies = []
    for i in range(5):
        bodies.append([float(i), float(i * 2 % 5), float(i * 3 % 7),
                       0.01 * i, -0.02 * i, 0.005, 1.0 + i * 0.1])
    return bodies

def advance(bodies, dt):
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        for j in range(i + 1, n):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            d2 = dx * dx + dy * dy + dz * dz + 0.01
            mag = dt / (d2 * d2 ** 0.5)
            mi = bi[6] * mag
            mj = bj[6] * mag
            bi[3] -= dx * mj
            bi[4] -= dy * mj
            bi[5] -= dz * mj
            bj[3] += dx * mi
            bj[4] += dy * mi
            bj[5] += dz * mi
    for b in bodies:
        b[0] += dt * b[3]
        b[1] += dt * b[4]
        b[2] += dt * b[5]

def energy(bodies):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    return e

bodies = make()
for _ in range(N):
    advance(bodies, 0.001)
print('nbody', '%.9f' % energy(bodies))
