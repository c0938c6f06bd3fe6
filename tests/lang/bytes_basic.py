# bytes: literals, construction, len, indexing returns ints, repr
b = b'hello'
print(b, len(b), b[0], b[-1], type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(b'xy'), bytes(range(5)), bytes('é', 'utf-8'), bytes())
print(b'a' + b'b', b'ab' * 3, b'' * 4, b'x' in b'xyz', b'q' not in b'xyz', 120 in b'xyz')
print(b'abc' == b'abc', b'abc' < b'abd', b'' < b'a', b'abc' != 'abc')
print(repr(b'\x00\x01\x7f\x80\xff'), repr(b"it's"), repr(b'\t\n\r\\'), repr(b'"'))
print(list(b'AZaz'), tuple(b'\x01\x02'))
print(bytes([255]), bytes([0]))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([-1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'abc'[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'])
print(bytes.fromhex('deadBEEF'), b'\xde\xad'.hex())
