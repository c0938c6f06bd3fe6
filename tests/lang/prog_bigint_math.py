# Program: big-integer algorithms (factorials, fibonacci, digits of e and pi with integer arithmetic)
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100)[:20], str(f100).count('0'))
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(len(str(a)), str(a)[:15], a % 1000000007)
def e_digits(n):
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
print(e_digits(60))
def arctan_inv(x, scale):
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
def pi_digits(n):
    scale = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
    return str(pi // 10 ** 10)
print(pi_digits(60))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(2 * 10 ** 60), isqrt(10 ** 40) == 10 ** 20, isqrt(2 ** 127 - 1))
def binom(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print(binom(100, 50), binom(60, 30) % 997)
print(pow(2, 2 ** 10, 10 ** 20), (2 ** 521 - 1) % 10 ** 12)
n = 2 ** 89 - 1
print(all(pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7, 11)))
