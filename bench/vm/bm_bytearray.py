# Benchmark: byte buffer loops (bytearray and array: fill, checksum, xor, copy)
from array import array

N = 240

def run(n):
    buf = bytearray(4096)
    words = array('H', [0] * 2048)
    total = 0
    for r in range(n):
        for i in range(len(buf)):
            buf[i] = (i * 31 + r) & 0xFF
        crc = 0
        for b in buf:
            crc = ((crc << 1) ^ b) & 0xFFFF
        for i in range(len(words)):
            words[i] = (buf[2 * i] << 8) | buf[2 * i + 1]
        s = 0
        for w in words:
            s = (s + w) & 0xFFFFFFFF
        total = (total + crc + s) & 0xFFFFFFF
    return total

print('bytearray', run(N))
