# Numbers: str(int) and int(str) round trips for huge values; repr of big negatives
for k in (1, 9, 10, 18, 19, 20, 38, 39, 40, 100, 300):
    n = 10 ** k - 1
    s = str(n)
    print(k, len(s), int(s) == n, str(-n)[:5], int('-' + s) == -n)
x = 1
for i in range(60):
    x = x * 37 + i
s = str(x)
print(s)
print(int(s) == x, int(s[::-1]) % 1000003, len(s))
print(str(2 ** 64), str(-(2 ** 63)), repr(2 ** 100), '%d' % 2 ** 70, '{}'.format(-3 ** 50))
print(int('1' + '0' * 50) // 10 ** 49, int('-' + '9' * 30) + 10 ** 30)
digits = '31415926535897932384626433832795028841971693993751'
n = int(digits)
print(n % 97, n // 10 ** 40, str(n * n)[:20])
print(f'{2 ** 80:,}', f'{-2 ** 80:_}', format(3 ** 40, '>30'), hex(3 ** 40), int(hex(3 ** 40), 16) == 3 ** 40)
print(str(10 ** 50 + 1)[-3:], repr(-(10 ** 25)), int('+' + '1' * 25))
print(len(str(3 ** 1000)), str(3 ** 1000)[:10], int(str(3 ** 1000)) == 3 ** 1000)
print(str(-0), str(+12), int('-0'), int(' +7 '), str(int('000123')))
