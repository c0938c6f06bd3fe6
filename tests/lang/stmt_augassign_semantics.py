# Statements: augmented assignment semantics (in-place for lists, rebinding for tuples/strs/ints)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = 'ab'
s2 = s
s += 'c'
print(s, s2)
n = 10
m = n
n += 1
print(n, m)
lst = [[1]]
alias = lst[0]
lst[0] += [2]
print(lst, alias)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
d = {'k': [1]}
d['k'] += [2]
print(d)
st = {1}
st2 = st
st |= {2}
print(sorted(st), st is st2)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(sorted(fs), fs is fs2)
ba = bytearray(b'a')
ba2 = ba
ba += b'b'
print(ba, ba is ba2)
by = b'a'
by2 = by
by += b'b'
print(by, by2)
x = 2
x **= 10
x //= 3
x %= 100
print(x)
