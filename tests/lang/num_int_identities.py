# Numbers: arithmetic identities checked over many int pairs (small, boundary and big values)
vals = [0, 1, -1, 2, -3, 7, 2 ** 15, -2 ** 15, 2 ** 29 - 1, 2 ** 30, -2 ** 30, 2 ** 31 + 5, -2 ** 31,
        2 ** 62, -2 ** 63, 2 ** 64 + 7, -10 ** 20, 3 ** 50]
fails = 0
checks = 0
for a in vals:
    for b in vals:
        checks += 1
        if a + b - b != a or (a * b) - a * b != 0 or a - b != -(b - a):
            fails += 1
        if b != 0:
            q, r = divmod(a, b)
            if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
                fails += 1
        if (a & b) + (a | b) != a + b or (a ^ b) != (a | b) - (a & b):
            fails += 1
        if (a < b) + (a == b) + (a > b) != 1:
            fails += 1
print(checks, fails)
for a in vals:
    for s in (0, 1, 5, 31, 33, 64):
        if (a << s) >> s != a or (a >> s) != a // (2 ** s):
            print('shift fail', a, s)
print(sum(vals), sum(v * v for v in vals) % 1000000007)
print(max(vals), min(vals), sorted(vals)[5:8])
acc = 0
for i, v in enumerate(vals):
    acc ^= v * (i + 1)
print(acc)
