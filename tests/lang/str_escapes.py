# str: escape sequences in literals (\n, \t, \x, \u, \U, octal, line continuation)
s = 'a\nb\tc\\d\'e\"f\x41\u00e9\U0001F600\101\0'
print(len(s), [ord(c) for c in s])
print('line1\
line2')
t = ('implicit '
     'concat '
     "works")
print(t)
print('\a\b\f\v' == '\x07\x08\x0c\x0b')
print(r'\n' == '\\n', len(r'\n'), rb'\x00' == b'\\x00')
print(b'\x00\xff\n', len(b'\x00\xff\n'))
print("""a "quoted" string with 'single' inside""")
print('''x
y''' == 'x\ny')
print('μ' == '\u03bc')
print(repr('\x7f'), repr('\x80'), len('\U0001F600'), '\u00b5' == 'µ')
print([ord(c) for c in '\r\n\t\\'], '\'' + "\"")
print(len("""a\
b"""), len("""a
b"""))
