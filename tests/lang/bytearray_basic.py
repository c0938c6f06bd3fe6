# bytearray: construction, indexing, assignment, len, comparisons, repr
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1])
ba[0] = 72
ba[-1] = ord('O')
print(ba, bytes(ba), ba == b'HellO', ba == bytearray(b'HellO'))
print(bytearray(3), bytearray([1, 2, 3]), bytearray(), bytearray('µ', 'utf-8'), bytearray(range(3)))
try:
    ba[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    ba[0] = 'a'
except TypeError as e:
    print(type(e).__name__, e)
print(list(ba), ba[1:3], type(ba[1:3]).__name__, ba[::-1])
print(ba + b'!', b'>' + ba, ba * 2)
ba2 = bytearray(b'abc')
ba2 += b'def'
print(ba2, 98 in ba2, b'cd' in ba2)
print(ba2.find(b'd'), ba2.upper(), ba2.decode())
