# bytes: str-like methods (split, join, strip, find, replace, startswith, upper, hex)
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.split(), b.strip().split(b', '))
print(b.upper(), b.lower(), b.find(b'World'), b.count(b'l'), b.replace(b'l', b'L'))
print(b.startswith(b'  H'), b.endswith(b'  '), b'-'.join([b'a', b'b', b'c']))
print(b'a,b,,c'.split(b','), b'a b c'.split(None, 1), b'x=y'.partition(b'='))
print(b'abc'.index(b'c'), b'abcabc'.rfind(b'b'), b'123'.isdigit(), b'abc'.isalpha(), b'  '.isspace())
print(b'\x01\xab'.hex(), bytes.fromhex('01 ab ff'), b'ABC'.decode('ascii'))
print(b'%d-%s' % (5, b'x'), b'abc'.center(7, b'*'), b'7'.zfill(3))
try:
    b'abc'.index(b'z')
except ValueError as e:
    print(type(e).__name__, e)
print(b'a-b-c'.rsplit(b'-', 1), b'abc'.rfind(b'z'), b'aXbXc'.split(b'X', 1), b'  x '.lstrip(), b' x  '.rstrip())
print(b'hello'.upper(), b'HeLLo'.lower())
print(b'ab' in b'cabd', b'' in b'x', b'abc'.startswith((b'x', b'a')), b'abc'.endswith(b'bc', 1))
print(b'one two'.split(b' '), b','.join([b'1', b'2', b'3']), b'x'.join([]))
print(b'mississippi'.count(b'ss'), b'mississippi'.replace(b'ss', b'SS', 1), b'abc'.find(b'c', 1, 2))
print(b'\t'.isspace(), b'12a'.isalnum(), b'12'.isdigit())
print(bytes.fromhex('') == b'', b'\x00\xff'.hex(), bytearray(b'xy').hex())
try:
    b'abc'.split(b'')
except ValueError as e:
    print(type(e).__name__, e)
