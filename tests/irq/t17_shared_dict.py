# A dict changed by a hard handler while the program changes it: values
# of present keys are never lost nor duplicated across the program's
# resizes (instance attributes and globals alike); a handler that adds
# keys while the program is adding or removing one is refused with
# RuntimeError instead of corrupting the dict (and one that needs the dict
# to grow gets MemoryError: the heap is locked).
import pyb, micropython

micropython.irq_check(False)

D = {"y": 0}
count = 0

class Box:
    pass

box = Box()
box.hits = 0

def updater(t):
    global count
    count += 1
    D["y"] = count
    box.hits = count

tim = pyb.Timer(2, freq=20000, callback=updater)
bad = 0
for r in range(1500):
    for i in range(30):
        D[i] = i
        setattr(box, "a%d" % (i % 7), i)
    for i in range(30):
        del D[i]
    globals()["g%d" % (r % 40)] = r
    if list(D).count("y") != 1:
        bad += 1
tim.deinit()
print("rounds with a lost or doubled key:", bad, list(D))
print("values kept up:", D["y"] == count, box.hits == count, count > 0)

E = {}
refused = [0]
added = [0]

def adder(t):
    k = 1000 + added[0] % 8
    try:
        if k in E:
            del E[k]
        else:
            E[k] = 1
        added[0] += 1
    except (RuntimeError, MemoryError):   # no tuple is built: fine in a hard handler
        refused[0] += 1

tim = pyb.Timer(3, freq=20000, callback=adder)
for r in range(3000):
    for i in range(10):
        E[i] = i
    for i in range(10):
        del E[i]
tim.deinit()
keys = list(E)
print("keys unique:", len(keys) == len(set(keys)) == len(E), "program's keys gone:", all(k >= 1000 for k in keys))
print("handler ran:", added[0] + refused[0] > 0)

# a handler that empties a dict while the program looks keys up in it
F = {}
cleared = [0]

def clearer(t):
    try:
        F.clear()
        cleared[0] += 1
    except RuntimeError:    # the program was adding or removing a key
        pass

tim = pyb.Timer(3, freq=20000, callback=clearer)
found = 0
for r in range(1500):
    for i in range(0, 2000, 2):
        F[i] = i
    for j in range(100):
        if (2 * j + 1) in F or F.get(2 * j + 1) is not None:
            found += 1
tim.deinit()
print("cleared:", cleared[0] > 0, "odd keys found:", found)
# expect: rounds with a lost or doubled key: 0 ['y']
# expect: values kept up: True True True
# expect: keys unique: True program's keys gone: True
# expect: handler ran: True
# expect: cleared: True odd keys found: 0
