# str: splitlines, multi-line literals, and line processing
text = """first line
second line

fourth line"""
lines = text.split('\n')
print(len(lines), lines)
print(text.splitlines())
print('a\r\nb\rc\n'.splitlines(), 'no newline'.splitlines(), ''.splitlines())
print('x\ny\n'.splitlines(True))
for n, line in enumerate(text.splitlines(), 1):
    if line:
        print(n, line.upper())
width = max(len(l) for l in lines)
for l in lines:
    print('|' + l.ljust(width) + '|')
print(text.count('\n'), text.find('\n\n'))
block = """\
no leading newline
  indented
"""
print(repr(block), block.splitlines())
