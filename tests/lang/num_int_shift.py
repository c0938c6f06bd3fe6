# Numbers: left and right shifts on small and negative ints
for n in (0, 1, 5, -1, -5, 255, -256):
    print(n, [n << i for i in (0, 1, 3, 8)], [n >> i for i in (0, 1, 3, 8)])
print(1 << 30, 1 << 31, 1 << 32, 1 << 63, 1 << 64)
print(-1 << 31, -1 >> 100, 1 >> 100, 12345 >> 64)
print((1 << 31) - 1, ~(1 << 31))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
x = 1
for i in range(70):
    x <<= 1
print(x)
for i in range(70):
    x >>= 1
print(x)
