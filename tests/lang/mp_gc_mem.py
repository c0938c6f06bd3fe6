# MicroPython: gc.mem_free and gc.mem_alloc return positive ints that move with allocation
import gc
gc.collect()
free0 = gc.mem_free()
alloc0 = gc.mem_alloc()
print(type(free0).__name__, type(alloc0).__name__, free0 > 0, alloc0 > 0)
big = [0] * 1000
alloc1 = gc.mem_alloc()
free1 = gc.mem_free()
print(alloc1 > alloc0, free1 < free0)
big = None
gc.collect()
alloc2 = gc.mem_alloc()
print(alloc2 < alloc1, gc.mem_free() > free1)
keep = []
for i in range(50):
    keep.append(bytearray(100))
gc.collect()
print(len(keep), gc.mem_alloc() > alloc2)
keep = None
gc.collect()
print(gc.mem_free() > 0, gc.isenabled())
