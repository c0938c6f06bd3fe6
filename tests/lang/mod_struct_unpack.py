# Modules: struct.unpack (and unpack_from) with < and > for the integer codes
import struct
data = bytes(range(1, 17))
print(struct.unpack('<b', b'\xff'), struct.unpack('<B', b'\xff'), struct.unpack('<h', b'\xfe\xff'), struct.unpack('>h', b'\xff\xfe'))
print(struct.unpack('<H', data[:2]), struct.unpack('>H', data[:2]), struct.unpack('<i', data[:4]), struct.unpack('>I', data[:4]))
print(struct.unpack('<q', data[:8]), struct.unpack('>Q', data[8:]), struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
print(struct.unpack('<bBhHiI', struct.pack('<bBhHiI', -1, 200, -300, 60000, -70000, 4000000000)))
print(struct.unpack('>2H', data[:4]), struct.unpack('<4B', data[:4]), struct.unpack('<3s', b'xyz'))
print(struct.unpack_from('<H', data, 2), struct.unpack_from('>I', data, 4), struct.unpack_from('<B', data))
for fmt, vals in (('<i', (2 ** 31 - 1,)), ('<i', (-2 ** 31,)), ('>I', (2 ** 32 - 1,)), ('<q', (-2 ** 63,)), ('>Q', (2 ** 63,))):
    print(fmt, struct.unpack(fmt, struct.pack(fmt, *vals)) == vals)
try:
    struct.unpack('<I', b'\x00\x00')
except struct.error as e:
    print('struct.error', isinstance(e, Exception))
print(struct.unpack('<?', b'\x00'), struct.unpack('<?', b'\x05'), struct.unpack('<c', b'q'))
buf = struct.pack('<HHI', 10, 20, 30)
a, b, c = struct.unpack('<HHI', buf)
print(a + b + c, len(buf))
print([struct.unpack_from('<B', b'\x01\x02\x03', i)[0] for i in range(3)])
