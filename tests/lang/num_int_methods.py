# Numbers: int methods bit_length, to_bytes, from_bytes and the int constructor
for n in (0, 1, 2, 255, 256, -1, -255, 2 ** 31, 2 ** 64, -(2 ** 100)):
    print(n, n.bit_length())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'))
print((0xDEADBEEF).to_bytes(4, 'big'), (2 ** 64 - 1).to_bytes(8, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff\xff\xff\xff\xff\xff\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(bytes([1, 2, 3]), 'little'))
print((-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print((5).__class__.__name__, (7).bit_length())
print(int.__name__, isinstance(5, int), isinstance(2 ** 99, int))
x = 12345678901234567890
print(int.from_bytes(x.to_bytes(9, 'big'), 'big') == x)
print((255).to_bytes(2, 'little'), (-128).to_bytes(1, 'big', signed=True), (0).to_bytes(3, 'big'))
print(int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(b'\x80', 'big'), int.from_bytes(b'\x00\x80', 'little', signed=True))
print([(1 << k).bit_length() for k in (0, 7, 8, 30, 31, 32, 62, 63, 64, 100)])
