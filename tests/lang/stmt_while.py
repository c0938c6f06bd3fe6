# Statements: while, while/else, break skips else, continue
i = 0
while i < 5:
    i += 1
else:
    print('else ran', i)
i = 0
while True:
    i += 1
    if i == 3:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
total = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    total += n
print(total)
x = 0
while x < 3:
    y = 0
    while y < 3:
        if y == x:
            break
        y += 1
    else:
        print('inner else', x)
    x += 1
print(x, y)
count = 0
while count < 0:
    count += 1
else:
    print('else on false start')
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            return i
        i += 1
    return -1
print(find([4, 5, 6], 6), find([4, 5, 6], 7))
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(b)
