# for loops in hard handlers: over a bytearray, a list, a tuple and a
# range (with arguments), nested, with break and continue, and in a
# generator handler across its yields. None of them allocates, so the
# registration check stays quiet and the heap stays locked without error.
import pyb, time

buf = bytearray(8)
table = [3, 1, 4, 1, 5]
sums = [0, 0, 0]
calls = 0

def fill(t):
    global calls
    calls += 1
    for i in range(len(buf)):
        buf[i] = (buf[i] + i) & 0xFF
    s = 0
    for b in buf:
        s += b
    sums[0] = s
    s = 0
    for x in table:
        if x == 1:
            continue
        for y in (1, 2, 3):
            if y == 3:
                break
            s += x * y
    sums[1] = s
    for k in range(10, 0, -3):
        sums[2] += k

tim = pyb.Timer(10, freq=1000, callback=fill)
while calls < 5:
    pyb.delay(1)
tim.deinit()
n = calls
print(tim.callback() is None, list(buf) == [(i * n) & 0xFF for i in range(8)])
print(sums[0] == sum(buf), sums[1], sums[2] == 22 * n)

# a generator handler resumed inside its loop (list.append could grow the
# list: the positions go into a bytearray)
seen = bytearray(12)
pos = [0]

def walker(t):
    while True:
        for i in range(3):
            t = yield
            if pos[0] < len(seen):
                seen[pos[0]] = i
                pos[0] += 1

tim = pyb.Timer(10, freq=1000, callback=walker)
while pos[0] < len(seen):
    pyb.delay(1)
tim.deinit()
print(list(seen))
# expect: True True
# expect: True 36 True
# expect: [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]
