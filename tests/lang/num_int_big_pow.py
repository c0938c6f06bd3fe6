# Numbers: arbitrary-precision powers and their digits
print(2 ** 200)
print(-2 ** 63, (-2) ** 63, (-2) ** 64)
print(10 ** 50)
print(3 ** 100)
print(7 ** 77 % 1000)
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(len(str(2 ** 1000)))
print(sum(int(c) for c in str(2 ** 1000)))
print(2 ** 64 - 1, 2 ** 63 - 1, -(2 ** 63))
print(2 ** 31, 2 ** 32, 2 ** 30 - 1, -(2 ** 30))
# values around the small-int boundary on 32-bit targets
for v in (2 ** 29, 2 ** 30, 2 ** 31, 2 ** 62, 2 ** 63):
    print(v - 1, v, v + 1, -v - 1, -v, -v + 1)
print((2 ** 100) ** 2 == 2 ** 200)
print(2 ** 0, 0 ** 0, 1 ** 1000, (-1) ** 1001)
print(2 ** -1, 10 ** -2)
