# Expressions: assignment expressions (:=) in if, while, comprehensions and calls
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print('long list', n)
i = 0
while (v := data[i]) < 10:
    i += 1
print('first >= 10:', v, 'at', i)
print([y for x in data if (y := x * 2) > 10])
print(y)
total = 0
print([total := total + x for x in range(5)], total)
def f():
    if (m := max(data)) > 15:
        return m
print(f())
print((z := 5) + z, z)
chunks = iter(['ab', 'cd', ''])
out = []
while (c := next(chunks)):
    out.append(c)
print(out)
print([(w, l) for w in ['a', 'bbb', 'cc'] if (l := len(w)) > 1])
