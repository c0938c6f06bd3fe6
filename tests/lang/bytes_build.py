# bytes: building binary data with bytearray, concatenation, slicing and checksums
buf = bytearray()
for i in range(256):
    buf.append(i)
print(len(buf), buf[:8], buf[-4:], sum(buf))
packet = bytearray(b'\x7e')
payload = b'hello'
packet += bytes([len(payload)]) + payload
crc = 0
for byte in packet:
    crc = (crc ^ byte) & 0xFF
packet.append(crc)
print(packet, packet.hex(), crc)
b = b''
for i in range(10):
    b += bytes([48 + i])
print(b, b.decode(), len(b))
words = [b'alpha', b'beta', b'gamma']
joined = b'\x00'.join(words)
print(joined, joined.split(b'\x00'), len(joined))
def fletcher16(data):
    s1 = s2 = 0
    for x in data:
        s1 = (s1 + x) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1
print(hex(fletcher16(b'abcde')), hex(fletcher16(b'abcdef')), fletcher16(bytes(1000)))
m = bytearray(16)
m[4:8] = b'\x01\x02\x03\x04'
m[12:] = bytes(range(200, 204))
print(m)
print(bytes(m[4:8]) == b'\x01\x02\x03\x04', m.count(0), m.find(b'\x03'))
rev = bytearray(b'abcdef')
rev.reverse()
print(rev, bytes(reversed(b'xyz')), b'abc'[::-1])
x = int.from_bytes(b'\x12\x34\x56\x78', 'big')
print(hex(x), x.to_bytes(4, 'little'))
