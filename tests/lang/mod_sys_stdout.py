# Modules: sys.stdout.write and sys.stderr.write, mixed with print (ordering preserved)
import sys
sys.stdout.write('written ')
sys.stdout.write('directly\n')
print('print after write')
sys.stdout.write('µ é 日本\n')
sys.stderr.write('this goes to stderr\n')
sys.stdout.write('')
for i in range(3):
    sys.stdout.write(str(i))
sys.stdout.write('\n')
n = sys.stdout.write('count me\n')
print(n is None or n == 9)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__)
print('end', file=sys.stdout)
out = sys.stdout
out.write('through alias\n')
