# Modules: struct.pack with < and > byte orders for b B h H i I q Q
import struct
print(struct.pack('<b', -1), struct.pack('<B', 255), struct.pack('<h', -2), struct.pack('>h', -2))
print(struct.pack('<H', 0x1234), struct.pack('>H', 0x1234), struct.pack('<i', -123456), struct.pack('>i', -123456))
print(struct.pack('<I', 0xDEADBEEF), struct.pack('>I', 0xDEADBEEF))
print(struct.pack('<q', -2), struct.pack('>Q', 2 ** 64 - 1), struct.pack('<Q', 0x0102030405060708))
print(struct.pack('<bBhHiI', 1, 2, 3, 4, 5, 6))
print(struct.pack('>bBhHiI', -1, 2, -3, 4, -5, 6))
print(struct.pack('<3B', 1, 2, 3), struct.pack('<2h', 1, -1), struct.pack('<'), struct.pack('>l', -1), struct.pack('<L', 7))
print(struct.pack('<4s', b'ab'), struct.pack('<2s', b'abcd'), struct.pack('<x'), struct.pack('<?', True))
print(len(struct.pack('<iq', 1, 2)), len(struct.pack('>HHI', 1, 2, 3)))
for v in (0, 1, 127, -128, -1):
    print(v, struct.pack('<b', v), struct.pack('>h', v), struct.pack('<i', v), struct.pack('>q', v))
for v in (0, 1, 255):
    print(v, struct.pack('<B', v), struct.pack('>H', v), struct.pack('<I', v), struct.pack('>Q', v))
print(struct.pack('<?', False), struct.pack('<??', 1, 0), struct.pack('<c', b'z'))
print(struct.pack('>i', 2 ** 31 - 1), struct.pack('<i', -2 ** 31), struct.pack('>I', 2 ** 32 - 1))
print(struct.pack('<hhh', 1, 2, 3) == struct.pack('<3h', 1, 2, 3), struct.pack('<h', 0))
print(struct.pack('<2sx2s', b'ab', b'cd'), struct.pack('>HxxH', 1, 2))
print(struct.pack('<Bq', 1, -1).hex(), struct.pack('>Bq', 1, -1).hex())
