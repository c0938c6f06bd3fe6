# Modules: struct pack/unpack round trips over many values for every integer and float code
import struct
ranges = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}
for code, (lo, hi) in ranges.items():
    ok = 0
    step = max(1, (hi - lo) // 97)
    v = lo
    while v <= hi:
        for order in '<>':
            fmt = order + code
            if struct.unpack(fmt, struct.pack(fmt, v))[0] == v:
                ok += 1
        v += step
    print(code, ok, struct.pack('<' + code, hi) == struct.pack('>' + code, hi)[::-1])
for code in 'fd':
    vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1e10, 3.4e38 if code == 'f' else 1.7e308, 1e-30]
    back = [struct.unpack('<' + code, struct.pack('<' + code, v))[0] for v in vals]
    print(code, back)
record = struct.pack('<HhIiBb', 1, -1, 2 ** 31, -2 ** 31, 200, -100)
print(len(record), record.hex())
print(struct.unpack('<HhIiBb', record))
print(struct.unpack('>HhIiBb', struct.pack('>HhIiBb', 1, -1, 2 ** 31, -2 ** 31, 200, -100)))
header = struct.pack('>4sHH', b'IRQ!', 3, 0xBEEF)
magic, ver, tag = struct.unpack('>4sHH', header)
print(magic, ver, hex(tag), struct.calcsize('>4sHH'))
