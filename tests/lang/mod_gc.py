# Modules: gc.collect, enable, disable, isenabled; collection keeps live objects intact
import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
data = [[i] * 10 for i in range(300)]
gc.enable()
print(gc.isenabled())
gc.collect()
print(len(data), data[299][0], sum(x[0] for x in data))
for round_ in range(5):
    garbage = [str(i) * 5 for i in range(1000)]
    garbage = None
    gc.collect()
print(len(data), data[150][9])
class Node:
    def __init__(self):
        self.other = None
a = Node()
b = Node()
a.other = b
b.other = a
a = b = None
gc.collect()
keep = {'k%d' % i: list(range(i % 7)) for i in range(200)}
gc.collect()
print(len(keep), keep['k13'])
gc.disable()
gc.enable()
print(gc.isenabled())
