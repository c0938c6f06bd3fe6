# format spec: integer presentation types d b o x X c n and default
for v in (0, 7, 42, 255, -255, 65, 2 ** 40, -(2 ** 70)):
    print(format(v, 'd'), format(v, 'b'), format(v, 'o'), format(v, 'x'), format(v, 'X'), format(v, ''))
print(format(65, 'c'), format(0x3bc, 'c'), format(0x1F600, 'c'), format(True, 'd'), format(False, 'x'))
print(format(10, 'f'), format(10, 'e'), format(10, 'g'), format(10, '%'), format(-3, '.2f'))
print('{:d}|{:5d}|{:<5d}|{:^5d}|{:x}|{:X}'.format(1, 2, 3, 4, 254, 254))
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(-1, 'c')
except (ValueError, OverflowError) as e:
    print(type(e).__name__)
try:
    format('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, 'y')
except ValueError as e:
    print(type(e).__name__, e)
