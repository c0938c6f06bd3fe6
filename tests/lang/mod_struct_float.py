# Modules: struct with f and d formats; float32 rounding visible after round trip
import struct
print(struct.pack('<f', 1.0), struct.pack('>f', 1.0), struct.pack('<d', 1.0), struct.pack('>d', -2.5))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<d', struct.pack('<d', 0.1)))
print(struct.unpack('>f', struct.pack('>f', 3.14159)), struct.unpack('<f', struct.pack('<f', -1.5e10)))
print(struct.unpack('<d', struct.pack('<d', 1e300)), struct.unpack('<f', struct.pack('<f', 1e-40)))
print(struct.unpack('<ff', struct.pack('<ff', 0.5, 0.25)), struct.unpack('<fd', struct.pack('<fd', 2.0, 1 / 3)))
print(struct.unpack('<f', struct.pack('<f', float('inf'))), struct.unpack('<d', struct.pack('<d', float('-inf'))))
x = struct.unpack('<f', struct.pack('<f', float('nan')))[0]
print(x != x)
print(struct.pack('<f', 5), struct.unpack('<d', b'\x00' * 8), struct.unpack('<d', b'\x00' * 7 + b'\x80'))
print(struct.pack('<hf', 1, 1.5), struct.unpack('<hd', struct.pack('<hd', -1, 6.25)))
for v in (1.0, -2.0, 0.5, 1e-45, 3.4028234663852886e38, 16777217.0, 0.2):
    packed = struct.pack('<f', v)
    print(repr(v), packed.hex(), struct.unpack('<f', packed)[0])
for v in (1.0, 1 / 3, -1e-300, 2 ** 0.5):
    packed = struct.pack('>d', v)
    print(repr(v), packed.hex(), struct.unpack('>d', packed)[0] == v)
try:
    struct.pack('<f', 1e39)
except OverflowError as e:
    print(type(e).__name__)
