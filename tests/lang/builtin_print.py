# Built-ins: print with sep, end, multiple args, file=sys.stderr (stderr is not compared)
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=', ', end='!\n')
print('no newline', end='')
print(' <- continued')
print(1, 2.5, None, True, [1], (2,), {'k': 'v'}, sep='|')
print(*range(5))
print(*'xyz', sep='-')
print('to stderr', file=sys.stderr)
print('stderr with sep', 1, 2, sep=':', end='\n', file=sys.stderr)
print('after stderr')
print('sep None', 'ok', sep=None)
print('end None', end=None)
print('x', end='')
print()
print('', '', sep='[]')
print('multi\nline')
print('tab\tsep')
print(sep='ignored', end='only end\n')
print('file=None goes to stdout', file=None)
class W:
    def __init__(self):
        self.buf = []
    def write(self, s):
        self.buf.append(s)
w = W()
print('captured', 42, file=w)
print(repr(''.join(w.buf)))
print('µ é 日本')
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__)
