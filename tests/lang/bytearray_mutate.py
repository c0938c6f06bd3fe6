# bytearray: append, extend, insert, pop, remove, slice assignment and deletion
ba = bytearray()
for i in range(5):
    ba.append(65 + i)
print(ba)
ba.extend(b'xyz')
ba.extend([49, 50])
print(ba, len(ba))
ba.insert(0, 33)
ba.insert(-1, 35)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('x'))
print(ba)
ba[1:3] = b'----'
print(ba)
ba[0:0] = b'<<'
print(ba)
del ba[0:2]
print(ba)
del ba[::2]
print(ba)
ba[:] = b'reset'
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
try:
    bytearray(b'a').remove(ord('z'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
buf = bytearray(8)
for i in range(8):
    buf[i] = (i * 37) & 0xFF
print(buf, sum(buf))
c = buf.copy()
c[0] = 99
print(buf[0], c[0])
