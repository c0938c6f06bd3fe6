# bytes: slicing, steps, negative indices and iteration
b = bytes(range(10))
print(b[2:5], b[:3], b[7:], b[-3:], b[::2], b[::-1], b[8:2:-2], b[5:5])
print(b[-1], b[-10], b[1:-1][1:-1])
for x in b'abc':
    print(x, end=' ')
print()
print([x for x in b'\x05\x06' if x > 5], sum(b'\x01\x02\x03'))
print(b'hello world'[6:], b'hello'[::-1], b'abc'[100:], b'abc'[-100:1])
ba = bytearray(b'0123456789')
print(ba[2:5], ba[::-3], ba[-2:], type(ba[1:2]).__name__, ba[5])
print(b'abcdef'[1:5:2], b'abcdef'[5:1:-2], b'abc'[::-1] == b'cba', b'abc'[:0])
for i in range(-3, 3):
    print(i, b'xyz'[i], bytes(b'xyz'[i:]))
print(b'\x00\x01\x02'[1], list(b'\x00\x01\x02'[::2]))
data = bytes(range(20))
print(data[::5], data[-5::2], data[3:3], data[18:100], len(data[::3]))
print([data[i:i + 4].hex() for i in range(0, 20, 4)])
chunks = [data[i:i + 7] for i in range(0, len(data), 7)]
print(chunks, b''.join(chunks) == data)
