# str.startswith/endswith with tuples of prefixes and start/end positions
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith(''), s.startswith('hello world!'))
print(s.startswith(('x', 'he')), s.startswith(('x', 'y')), s.startswith(()))
print(s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9), s.startswith('o', -1))
print(s.endswith('world'), s.endswith('hello'), s.endswith(''), s.endswith(('x', 'ld')))
print(s.endswith('hello', 0, 5), s.endswith('hell', 0, 4), s.endswith('o', 0, -6), s.endswith('lo', 3, 5))
print('µé'.startswith('µ'), 'µé'.endswith('é'), 'abc'.startswith('b', 1), 'abc'.endswith('b', 0, 2))
print(''.startswith(''), ''.endswith('a'), 'a'.startswith('a', 5), 'a'.startswith('', 1), 'a'.startswith('', 2))
try:
    s.startswith(['he'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(5)
except TypeError as e:
    print(type(e).__name__, e)
files = ['a.py', 'b.txt', 'c.PY', 'd.pyc']
print([f for f in files if f.endswith(('.py', '.PY'))])
print(b'bytes'.startswith(b'by'), b'bytes'.endswith((b'x', b'es')))
