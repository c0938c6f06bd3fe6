# f-strings: nested replacement fields inside format specs ({x:{w}}, {x:{w}.{p}f})
x = 3.14159265
w = 10
p = 3
print(f'[{x:{w}}]', f'[{x:{w}.{p}f}]', f'[{x:<{w}.{p}}]', f'[{x:^{w}.2e}]')
for width in (4, 8, 12):
    print(f'[{"abc":>{width}}]', f'[{42:0{width}d}]')
fill = '*'
align = '^'
print(f'[{"mid":{fill}{align}{w}}]')
for prec in range(5):
    print(f'{x:.{prec}f}', end=' ')
print()
fmt = '>6'
print(f'[{123:{fmt}}]', f'[{"s":{fmt}}]')
rows = [('apple', 1.5), ('banana', 12.25), ('kiwi', 100.0)]
cw = max(len(r[0]) for r in rows)
for name, price in rows:
    print(f'{name:<{cw}} | {price:>{8}.{2}f}')
print(f'{"{}"}', f'{f"{1 + 1}"}', f'{f"{x:.2f}":>8}|')
