# Numbers: float -> repr -> float round trips exactly
import struct
vals = [0.1, 1 / 3, 2.0 ** 0.5, 1e-300, 1.5e300, 123.456, 6.02214076e23, 1.602176634e-19,
        0.30000000000000004, 9.999999999999999e22, 4.35, 2.675, 1e16, 5e-324]
for v in vals:
    s = repr(v)
    back = float(s)
    print(s, back == v)
x = 1.0
for i in range(40):
    x = x * 1.37 + 0.11
    assert float(repr(x)) == x
print(x)
x = 0.7
for i in range(25):
    x = x / 3.1
    assert float(repr(x)) == x
print(x)
print(float('1e400'), float('-1e400'), float('1e-400'))
print(float('0.1') + float('0.2'))
print(float('  3.5  '), float('-2.'), float('.5'), float('1_000.5'))
print(struct.unpack('<d', struct.pack('<d', 0.1))[0] == 0.1)
