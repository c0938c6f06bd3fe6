# bytes: decode to str and encode back, with UTF-8 multi-byte sequences
raw = b'caf\xc3\xa9 \xc2\xb5s \xe2\x82\xac \xf0\x9f\x98\x80'
s = raw.decode('utf-8')
print(s, len(raw), len(s), s.encode('utf-8') == raw)
print(raw[:5].decode(), str(raw[6:8], 'utf-8'))
print(b'plain'.decode(), b''.decode(), bytearray(b'ba').decode())
try:
    raw[:5].decode('ascii')
except UnicodeError as e:
    print(type(e).__name__)
try:
    b'\xc3'.decode('utf-8')
except UnicodeError as e:
    print(type(e).__name__)
print([hex(x) for x in 'é'.encode()])
print(str(b'abc'), repr(b'abc'.decode()))
for s in ('ascii', 'Zürich', '€5', '日本語', '🎉'):
    enc = s.encode('utf-8')
    print(s, len(s), len(enc), enc.decode('utf-8') == s, enc[:2])
print(b'abc'.decode('utf-8'), bytes([0xe2, 0x82, 0xac]).decode(), b'x' * 3)
