# Numbers: shifts with big ints and big shift counts
a = 2 ** 100 + 12345
print(a << 1, a << 64, a << 100)
print(a >> 1, a >> 50, a >> 99, a >> 100, a >> 101)
print(-a >> 1, -a >> 50, -a >> 100, -a >> 101, -a >> 500)
print(-a << 3)
print((1 << 200) >> 199, (1 << 200) >> 200, (1 << 200) >> 201)
print((-1 << 200) >> 199, (-1 << 200) >> 201)
print(1 << 1000 == 2 ** 1000)
print((3 << 150) // (3 << 140))
print(7 << 0, (7 << 70) >> 70)
for k in (31, 32, 33, 63, 64, 65):
    print(k, 1 << k, -(1 << k) >> (k - 1), ((1 << k) - 1) >> (k // 2))
x = 0x123456789ABCDEF0123456789
print(hex(x << 4), hex(x >> 4), hex(x >> 68), hex(-x >> 68), hex((x >> 32) & 0xFFFFFFFF))
print([(1 << n) - 1 >> (n - 1) for n in (1, 33, 65, 100)])
print((5 << 200) >> 200, (-5 << 200) >> 200, (5 << 200) >> 202, (-5 << 200) >> 202)
print(sum(1 << i for i in range(0, 128, 16)) >> 64)
y = 1
for i in range(100):
    y = (y << 3) ^ (y >> 5) ^ i
print(y.bit_length(), y % 1000007)
