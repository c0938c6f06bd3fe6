# Numbers: comparison chaining evaluates each operand once and short-circuits
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 <= 2 < 3 != 4 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(2) > v(5), calls)
x = 5
print(0 < x < 10, 0 < x < 5, 5 <= x <= 5)
print(1 < 2.5 < 3, -1 < 0 == 0.0)
print(2 ** 100 > 2 ** 99 > 0 > -2 ** 100)
print('a' < 'b' < 'c', [1] < [2] < [2, 0])
print(1 in [1, 2] in [[1, 2]])
print(not 1 < 2 < 3)
r = 3 if 1 < 2 < 3 else 4
print(r)
i = 0
while 0 <= i < 5:
    i += 2
print(i)
print((1 < 2) < 3, 1 < (2 < 3))
