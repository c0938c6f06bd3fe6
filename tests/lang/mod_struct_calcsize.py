# Modules: struct.calcsize for standard-size formats and error cases
import struct
for fmt in ('<b', '<B', '<h', '<H', '<i', '<I', '<l', '<L', '<q', '<Q', '<f', '<d', '>bhiq', '<bBhHiIqQfd',
            '<10s', '<3h', '<', '>?', '<x', '<2xH', '!I', '=h'):
    print(fmt, struct.calcsize(fmt))
try:
    struct.pack('<B', 256)
except struct.error as e:
    print('struct.error')
try:
    struct.pack('<b', 128)
except struct.error as e:
    print('struct.error')
try:
    struct.pack('<h', 1, 2)
except struct.error as e:
    print('struct.error')
try:
    struct.calcsize('<Z')
except struct.error as e:
    print('struct.error')
try:
    struct.pack('<H', -1)
except struct.error as e:
    print('struct.error')
