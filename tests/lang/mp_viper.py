# MicroPython: @micropython.viper functions with int annotations compute machine-int results
import micropython
@micropython.viper
def vadd(a: int, b: int) -> int:
    return a + b
@micropython.viper
def vsum(n: int) -> int:
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
    return s
@micropython.viper
def vbits(x: int) -> int:
    return (x << 2) | 1
@micropython.viper
def vmask(x: int) -> int:
    return x & 0xF0
@micropython.viper
def vcmp(a: int, b: int) -> bool:
    return a < b
@micropython.viper
def vobj(x) -> object:
    return [x, x]
@micropython.viper
def vloop(n: int) -> int:
    acc = 0
    for i in range(n):
        acc += i * 2
    return acc
print(vadd(2, 3), vadd(-7, 4), vsum(100), vbits(5), vmask(0x1234))
print(vcmp(1, 2), vcmp(5, 2), vobj('q'), vloop(10))
