# MicroPython: viper ptr8/ptr16/ptr32 access to bytearray and array buffers
import micropython
from array import array
@micropython.viper
def vsum8(buf) -> int:
    p = ptr8(buf)
    s = 0
    n = int(len(buf))
    for i in range(n):
        s += p[i]
    return s
@micropython.viper
def vfill8(buf, v: int):
    p = ptr8(buf)
    for i in range(int(len(buf))):
        p[i] = v
@micropython.viper
def vinc16(buf):
    p = ptr16(buf)
    for i in range(int(len(buf))):
        p[i] = p[i] + 1
@micropython.viper
def vget32(buf, i: int) -> int:
    p = ptr32(buf)
    return p[i]
b = bytearray(b'\x01\x02\x03\xff')
print(vsum8(b))
vfill8(b, 7)
print(b)
h = array('H', [1, 2, 65535])
vinc16(h)
print(list(h))
w = array('i', [10, 20, 30])
print(vget32(w, 0), vget32(w, 2))
