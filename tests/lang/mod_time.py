# Modules: time.time, time.time_ns, time.sleep (types and monotonicity only)
import time
t0 = time.time()
n0 = time.time_ns()
print(isinstance(t0, (int, float)), isinstance(n0, int), t0 > 0, n0 > 0)
time.sleep(0.01)
time.sleep(0)
time.sleep(1 / 100)
t1 = time.time()
n1 = time.time_ns()
print(t1 >= t0, n1 > n0, n1 - n0 >= 10_000_000, (n1 - n0) < 60 * 10 ** 9)
time.sleep(0.001)
print(time.time_ns() > n1)
print(abs(time.time_ns() / 1e9 - time.time()) < 5)
try:
    time.sleep('x')
except TypeError:
    print('TypeError')
print(callable(time.sleep), callable(time.time))
prev = time.time_ns()
mono = True
for _ in range(100):
    now = time.time_ns()
    if now < prev:
        mono = False
    prev = now
print(mono)
