# range bounds must be small ints in irqpy (CPython takes any int): the
# largest work, one beyond raises OverflowError, and nothing wraps around.
import sys
big = 2**62 if sys.maxsize > 2**32 else 2**30
r = range(big - 3, big - 1)
print(len(r), [x - big for x in r], [x - big for x in range(big - 2, big - 5, -1)])
for args in [(big,), (0, big), (0, 10, big), (2**64,), (-big - 1, 0)]:
    try:
        range(*args)
        print("accepted")
    except OverflowError:
        print("OverflowError")
try:
    for i in range(0, 2**70):
        pass
except OverflowError:
    print("OverflowError in a for statement")
# the length and slices must be small ints too (CPython computes them exactly)
half = big // 2 + 1
for make in [lambda: range(-half, half), lambda: range(-big + 1, big - 1, 2)[::-1], lambda: range(0, big - 1, 7)[::big // 8]]:
    try:
        r = make()
        print("accepted", len(r))
    except OverflowError:
        print("OverflowError")
print(range(10)[2:9:3], range(-5, 5)[8:2:-2])
