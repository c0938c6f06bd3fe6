# Statements: for over sequences and iterators, for/else, break, continue, nested loops
for i in range(3):
    print(i, end=' ')
print()
for c in 'ab':
    for n in (1, 2):
        print(c + str(n), end=' ')
print()
for x in [1, 2, 3]:
    if x == 10:
        break
else:
    print('no break -> else')
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print('not printed')
print('x is', x)
for i in []:
    print('never')
else:
    print('empty else')
res = []
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    res.append(i)
print(res)
for k, v in {'a': 1, 'b': 2}.items():
    print(k, v)
for i, (a, b) in enumerate(zip('xy', [10, 20])):
    print(i, a, b)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for i in range(3):
    pass
print(i)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
print(lst)
for _ in range(2):
    for _ in range(2):
        continue
    print('outer', _)
