# bytes: memoryview over bytes/bytearray (indexing, slicing without copy, writes through to bytearray)
m = memoryview(b'abcdef')
print(bytes(m[1:3]), m[0], m[-1], len(m), bytes(m[::2]))
print(bytes(memoryview(b'hello')[1:4]), list(memoryview(b'\x01\x02')))
ba = bytearray(b'0123456789')
mv = memoryview(ba)
mv[0] = 65
print(ba)
part = mv[2:5]
part[0] = ord('x')
print(ba, bytes(part), len(part))
mv[5:7] = b'YZ'
print(ba)
try:
    memoryview(b'ro')[0] = 1
except TypeError as e:
    print(type(e).__name__)
try:
    mv[100]
except IndexError as e:
    print(type(e).__name__)
total = 0
for b in memoryview(bytes(range(10)))[3:8]:
    total += b
print(total)
print(bytes(memoryview(bytearray(b'abc'))), memoryview(b'xyz')[1:] == b'yz')
print(type(mv).__name__, isinstance(mv[0], int))
