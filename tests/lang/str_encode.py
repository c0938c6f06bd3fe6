# str.encode / bytes.decode round trips, including non-ASCII UTF-8
for s in ('abc', 'é', 'µs', '€100', '日本', '😀', '', 'a\x00b'):
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s, s.encode('utf-8') == b)
print('abc'.encode('ascii'), b'abc'.decode('ascii'))
print(str(b'xyz', 'utf-8'), bytes('xyz', 'utf-8'), bytes('é', 'utf8'))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
try:
    'é'.encode('ascii')
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError))
data = 'héllo wörld'.encode('utf-8')
print(data, list(data[:3]), data.decode('utf-8').upper())
print(bytes([0xce, 0xbc]).decode(), bytearray('µ', 'utf-8'))
for s in ('µ', 'é', '€', '𝄞'):
    b = s.encode()
    print(s, [hex(x) for x in b], len(b), b.decode() == s)
print(len('aé€𝄞'), len('aé€𝄞'.encode()), 'aé€𝄞'.encode()[1:3].decode())
