# Classes: bitwise dunders __and__ __or__ __xor__ __lshift__ __rshift__ on a flag set class
class Flags:
    def __init__(self, v=0):
        self.v = v
    def __and__(self, o):
        return Flags(self.v & int(o))
    def __or__(self, o):
        return Flags(self.v | int(o))
    def __xor__(self, o):
        return Flags(self.v ^ int(o))
    def __lshift__(self, n):
        return Flags(self.v << n)
    def __rshift__(self, n):
        return Flags(self.v >> n)
    def __int__(self):
        return self.v
    def __eq__(self, o):
        return int(self) == int(o)
    def __bool__(self):
        return self.v != 0
    def __repr__(self):
        return 'Flags(0b{:b})'.format(self.v)
READ = Flags(1)
WRITE = Flags(2)
EXEC = Flags(4)
rw = READ | WRITE
print(rw, rw & WRITE, bool(rw & EXEC), rw ^ READ, READ << 3, Flags(16) >> 2)
print(rw == 3, rw == Flags(3), (rw | EXEC) == 7)
perm = Flags()
for f in (READ, EXEC):
    perm = perm | f
print(perm, [name for name, f in (('r', READ), ('w', WRITE), ('x', EXEC)) if perm & f])
