# Statements: chained assignment assigns left to right, sharing the same object
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
i = lst = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
d = {}
d['a'] = d['b'] = 'same'
print(d)
class O:
    pass
o = O()
o.p = o.q = 'v'
print(o.p, o.q)
m, n = p = 1, 2
print(m, n, p)
k = k2 = k3 = 'x' * 3
print(k + k2 + k3)
