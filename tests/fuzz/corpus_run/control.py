while x := f():
    if not a and b or c in d is not e:
        break
    elif x <= 0x1f_ff | 0o17 ^ 0b1 & ~1 << 2 >> 3:
        continue
    else:
        for i, *j in [(1, 2, 3)]:
            print(*j, sep='', **{'end': ''})
        else:
            assert i, "msg"
import os.path as p, sys
from ..pkg.mod import (a as b, c,)
x = 1.5e-3 + .5 + 1. - 10_000 // 3 % 2 @ m
s = b'\x00\xff' b"raw" rb'\d'
t = 'é\u00e9\U0001F600' '\x41\101\n'
