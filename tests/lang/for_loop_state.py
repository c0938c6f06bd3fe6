# for statements over lists, tuples, bytes, bytearrays and ranges (kept in
# the loop's stack slots in irqpy, no iterator object) and over anything
# else: mutation during the loop, exits, else, shadowed range, errors.

def collect(it):
    out = []
    for x in it:
        out.append(x)
    return out

print(collect([1, 2, 3]), collect((4, 5)), collect(b"AB"), collect(bytearray(b"\x00\xff")))
print(collect(range(3)), collect(range(2, 11, 3)), collect(range(10, 0, -4)), collect(range(5, 5)))
print(collect(range(-3, 3)), collect(range(0, -10, -3)), collect(range(3, 0)))
print(collect("héllo"), collect({"a": 1, "b": 2}), collect({7}), collect(iter([8, 9])))
r = range(1, 8, 2)
print(collect(r), collect(r[1:]), collect(reversed(range(4))))

# direct range calls, including big and odd arguments
total = 0
for i in range(100000):
    total += i
print(total)
for i in range(2**62 - 4, 2**62 - 1):
    print(i)
for i in range(-2**62 + 2, -2**62, -1):
    print(i)
for i in range(True, 3):
    print("bool start", i)
n = 3
for i in range(n * 2, n, -1):
    print("expr", i)

# a list that grows or shrinks while the loop runs
grow = [1, 2]
for x in grow:
    if len(grow) < 5:
        grow.append(x * 10)
print(grow)
shrink = [1, 2, 3, 4, 5, 6]
seen = []
for x in shrink:
    seen.append(x)
    del shrink[0]
print(seen, shrink)
ba = bytearray(b"abc")
for b in ba:
    if b == 97:
        ba.extend(b"z")
print(ba)

# break, continue, else, return, nesting
def search(rows, want):
    for i, row in enumerate(rows):
        for j in range(len(row)):
            if row[j] == want:
                return i, j
            if row[j] < 0:
                break
        else:
            continue
        print("negative in row", i)
    else:
        return None

print(search([[1, 2], [3, -1, 7], [7, 8]], 7), search([[1]], 9))

for i in range(3):
    pass
else:
    print("else after", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)

def ret_in_loop():
    for a in [1, 2]:
        for b in range(5):
            for c in b"xy":
                if b == 2:
                    return a, b, c
print(ret_in_loop())

def gen():
    for i in range(3):
        yield i
    for x in [10, 20]:
        yield x

print(list(gen()))

# range shadowed by a local, a global and a class
def shadowed():
    def range(n):
        return ["local", n]
    return collect(range(2)), [x for x in range(2)]
print(shadowed())

class R:
    def __init__(self, *args):
        self.args = args
    def __iter__(self):
        return iter(self.args)

def with_global():
    global range
    saved = range
    range = R
    try:
        out = []
        for x in range(1, 2, 3):
            out.append(x)
        return out
    finally:
        range = saved
print(with_global())

# errors
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4)]:
    try:
        for x in bad():
            pass
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    for x in range(1, 2, 0):
        pass
except ValueError as e:
    print("direct", e)
try:
    for x in range("3"):
        pass
except TypeError as e:
    print("direct", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)

# the loop variable and unpacking
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c, end=" ")
print()
d = {}
for d["k"] in range(3):
    pass
print(d)
