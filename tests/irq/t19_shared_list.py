# A hard handler that loops over a list the program keeps growing and
# shrinking never meets an empty item: the program stores new items
# before it raises the length. (Were it to meet one, the handler would
# fail and its report would show in the output.)
import pyb, micropython

micropython.irq_check(False)
L = [1] * 10
runs = [0]

def reader(t):
    for x in L:
        if x is None:
            pass
    runs[0] += 1

tim = pyb.Timer(1, freq=20000, callback=reader)
for r in range(10000):
    L[5:] = [1] * 50
    del L[5:]
    L.append(2)
    L.extend([3, 4])
    L.insert(0, 5)
    del L[:4]
tim.deinit()
print("handler ran:", runs[0] > 0)

# a handler may store into a list but not add or remove items: the
# program it interrupted may be in the middle of changing the same list
M = []
refused = [0]

def emptier(t):
    try:
        M.clear()
    except RuntimeError:
        refused[0] += 1

tim = pyb.Timer(1, freq=5000, callback=emptier)
for r in range(300):
    M.extend(range(300))
    del M[::3]
    while M:
        M.pop(0)
tim.deinit()
print("list empty at the end:", M == [], "handler refused:", refused[0] > 0)
# expect: handler ran: True
# expect: list empty at the end: True handler refused: True
