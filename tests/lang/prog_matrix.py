# Program: matrix arithmetic with lists (multiply, transpose, determinant with Fractions-free ints, power)
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print(' '.join(str(x).rjust(w) for x in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
print(matpow([[1, 1], [1, 0]], 300)[0][1])
m = [[2, -3, 1, 5], [4, 0, -2, 1], [3, 1, 1, -1], [0, 2, 5, 3]]
print(det(m), det(identity(5)), det([[1, 2], [2, 4]]))
print(matmul(m, identity(4)) == m)
show(m)
rot = [[0, -1], [1, 0]]
print(matpow(rot, 4) == identity(2), matpow(rot, 2))
fl = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(fl, fl))
print([sum(r) for r in matpow([[1, 2], [3, 4]], 10)])
