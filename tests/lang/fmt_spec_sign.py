# format spec: sign option + - space for ints and floats, including zero and -0.0
for v in (5, -5, 0, 2.5, -2.5, 0.0, -0.0, 10 ** 20, -(10 ** 20)):
    print(repr(v), '[' + format(v, '+') + ']', '[' + format(v, '-') + ']', '[' + format(v, ' ') + ']',
          '[' + format(v, '+8') + ']', '[' + format(v, ' 08') + ']')
print('{:+d} {:+d} {: d} {: d} {:-d}'.format(1, -1, 1, -1, 1))
print('{:+.2f} {: .2f} {:+e} {:+g} {:+%}'.format(3.14159, 2.0, 1.5, -0.5, 0.25))
print(f'{7:+}', f'{-7:+}', f'{7: }', f'{float("inf"):+}', f'{float("nan"):+}', f'{float("-inf"): }')
try:
    format('s', '+')
except ValueError as e:
    print(type(e).__name__, e)
for spec in ('+', '-', ' ', '+.1f', ' .1f', '+e', ' g', '+,', '+_', '+x', ' b'):
    print(spec, '[' + format(12, spec) + ']', '[' + format(-12, spec) + ']')
for spec in ('+.2f', ' .2f', '-.2f', '+08.2f', '+^9.1f', ' <8.1f'):
    print(spec, '[' + format(2.5, spec) + ']', '[' + format(-2.5, spec) + ']', '[' + format(0.0, spec) + ']')
print('%+d|% d|%+.1f|% .1f|%+5d|%-+5d|' % (3, 3, -0.05, 0.05, -3, 3))
print(f'{-0.0:+}', f'{0.0:+}', f'{-0.0: }', f'{-1e-20:+.2f}', f'{1e-20:+.2f}')
print(format(-5, '-^+7'), format(5, ' ^7') + '|', format(2 ** 70, '+'), format(-(2 ** 70), ' '))
print(format(float('nan'), ' '), format(float('inf'), '-'), format(float('-inf'), '+'))
print(format(12.5, '+%'), format(-12.5, ' e'), format(1.5, '+G'))
