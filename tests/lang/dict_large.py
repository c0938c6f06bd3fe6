# dict: many inserts, deletes and re-inserts (resizing), with order and content checks
d = {}
for i in range(3000):
    d[i * 7 % 3001] = i
print(len(d), d[7], d[14], sum(d.values()) % 1000003)
for i in range(0, 3000, 2):
    del d[i * 7 % 3001]
print(len(d), list(d)[:5], next(iter(d.values())))
for i in range(0, 3000, 4):
    d[i * 7 % 3001] = -i
print(len(d), list(d)[-3:], d[0])
s = {}
for i in range(1500):
    s['key%d' % i] = i
print(len(s), s['key1499'], 'key1500' in s, sum(len(k) for k in s))
for i in range(1500):
    if i % 3:
        del s['key%d' % i]
print(len(s), list(s)[:4])
t = {(i, j): i * j for i in range(30) for j in range(30)}
print(len(t), t[(29, 29)], t[7, 8], sum(t.values()))
f = {float(i) / 4: i for i in range(100)}
print(len(f), f[2.5], f[24.75])
b = {2 ** 70 + i: i for i in range(100)}
print(b[2 ** 70 + 50], len(b))
churn = {}
for i in range(20000):
    churn[i % 100] = i
    if i % 7 == 0:
        churn.pop((i * 3) % 100, None)
print(len(churn), sum(churn.values()) % 99991)
