# bytes: slicing, steps, negative indices and iteration
b = bytes(range(10))
print(b[2:5], b[:3], b[7:], b[-3:], b[::2], b[::-1], b[8:2:-2], b[5:5])
print(b[-1], b[-10], b[1:-1][1:-1])
for x in b'abc':
    print(x, end=' ')
print()
print([x for x in b'\x05\x06' if x > 5], sum(b'\x01\x02\x03'))
print(b'hello world'[6:], b'hello'[::-1], b'abc'[100:], b'abc'[-100:1])
m = memoryview(b'abcdef')
print(bytes(m[1:3]), m[0], len(m))
ba = bytearray(b'0123456789')
print(ba[2:5], ba[::-3], ba[-2:], type(ba[1:2]).__name__, ba[5])
print(b'abcdef'[1:5:2], b'abcdef'[5:1:-2], b'abc'[::-1] == b'cba', b'abc'[:0])
for i in range(-3, 3):
    print(i, b'xyz'[i], bytes(b'xyz'[i:]))
print(b'\x00\x01\x02'[1], list(b'\x00\x01\x02'[::2]))
print(bytes(memoryview(b'hello')[1:4]))
