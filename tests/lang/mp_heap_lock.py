# MicroPython: heap_lock() makes allocation raise MemoryError; heap_unlock() restores; locks nest
import micropython
def try_list():
    result = 'none'
    micropython.heap_lock()
    try:
        x = [1, 2, 3]
        result = 'allocated'
    except MemoryError:
        result = 'MemoryError'
    micropython.heap_unlock()
    return result
print(try_list())
x = [1, 2, 3]
print(len(x), x)
def try_dict_and_str(s):
    r1 = 'none'
    r2 = 'none'
    micropython.heap_lock()
    try:
        d = {'a': 1}
        r1 = 'allocated'
    except MemoryError:
        r1 = 'MemoryError'
    try:
        t = s + s
        r2 = 'allocated'
    except MemoryError:
        r2 = 'MemoryError'
    micropython.heap_unlock()
    return r1, r2
print(try_dict_and_str('abc'))
def small_int_math():
    micropython.heap_lock()
    a = 1
    i = 0
    while i < 10:
        a = a * 3 + i
        i += 1
    micropython.heap_unlock()
    return a
print(small_int_math())
def nested():
    result = 'none'
    micropython.heap_lock()
    micropython.heap_lock()
    d1 = micropython.heap_unlock()
    try:
        y = [0]
        result = 'allocated'
    except MemoryError:
        result = 'MemoryError'
    d0 = micropython.heap_unlock()
    return d1, d0, result
print(nested())
print([i for i in range(3)])
