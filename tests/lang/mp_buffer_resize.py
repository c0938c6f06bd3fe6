# Converting an argument may run Python code that resizes the buffer being
# written (CPython refuses to resize a buffer with views: BufferError;
# irqpy lets it happen): the write must land in the buffer as it is after
# the conversion, never in the memory it had before.
import struct, array, gc

ba = bytearray(8)

class Grow:
    def __index__(self):
        ba.extend(bytes(4000))
        return 0

struct.pack_into("<2I", ba, Grow(), 0x41414141, 0x42424242)
print(ba[:8], len(ba))

ba = bytearray(b"ab")
m = memoryview(ba)

class Byte:
    def __index__(self):
        ba.extend(bytes(4000))
        return 65

m[0] = Byte()
print(ba[:2])

class Shrink:
    def __index__(self):
        del ba[:]
        return 0

try:
    m[Shrink()]
except IndexError as e:
    print("IndexError:", e)

a = array.array("d", [0.0] * 4)

class Flt:
    def __float__(self):
        a.extend([0.0] * 3000)
        return 2.5

a[0] = Flt()
a.append(Flt())
gc.collect()
print(a[0], a[-1], len(a))
