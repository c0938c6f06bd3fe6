# MicroPython: time.ticks_ms/ticks_us/ticks_diff/ticks_add/sleep_ms/sleep_us arithmetic and ordering
import time
t0 = time.ticks_ms()
u0 = time.ticks_us()
print(type(t0).__name__, type(u0).__name__, t0 >= 0, u0 >= 0)
time.sleep_ms(20)
t1 = time.ticks_ms()
d = time.ticks_diff(t1, t0)
print(d >= 15, d < 5000)
time.sleep_us(2000)
print(time.ticks_diff(time.ticks_us(), u0) >= 2000)
print(time.ticks_diff(time.ticks_add(t0, 100), t0))
print(time.ticks_diff(t0, time.ticks_add(t0, 100)))
print(time.ticks_diff(time.ticks_add(t0, -5), t0))
print(time.ticks_diff(t0, t0))
top = time.ticks_add(0, -1)
print(top > 0, time.ticks_diff(0, top), time.ticks_add(top, 1))
print(time.ticks_diff(time.ticks_add(top, 10), top), time.ticks_diff(top, time.ticks_add(top, 10)))
deadline = time.ticks_add(time.ticks_ms(), 30)
n = 0
while time.ticks_diff(deadline, time.ticks_ms()) > 0:
    time.sleep_ms(5)
    n += 1
print(n >= 1, time.ticks_diff(time.ticks_ms(), deadline) >= 0)
time.sleep_ms(0)
print('done')
