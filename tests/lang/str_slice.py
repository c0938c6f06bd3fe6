# str: slicing with start/stop, negatives, out-of-range bounds
s = 'Hello, World'
print(s[0:5], s[7:], s[:5], s[:], s[-5:], s[:-7], s[-5:-1])
print(s[3:3], s[5:2], s[100:], s[-100:3], s[2:100], repr(s[12:]))
print(s[None:4], s[4:None], s[None:None])
for i in range(-3, 4):
    print(i, repr(s[i:i + 3]), repr(s[:i]))
print('abc'[1:2], 'abc'[2:1], 'é€a'[1:])
t = s[:]
print(t == s, len(s[3:8]))
print(s[slice(2, 5)], s[slice(None, None, 2)], s[slice(-3, None)])
text = 'interrupt handler'
print(text[:9], text[10:], text[-7:], text[3:-3], text[::4], text[9:10] == ' ')
for i in range(0, len(text), 5):
    print(i, repr(text[i:i + 5]))
print(text[len(text):], text[:-len(text)], text[-len(text):] == text)
print('é€aµ'[1:3], 'é€aµ'[-2:], '日本語テキスト'[2:5])
u = 'αβγδε'
print(u[1:4], u[::-1], u[::2], len(u[1:]))
print('abc'[-1:], 'abc'[:-1], 'abc'[-2:-1], 'abc'[1:1], 'abc'[3:], 'abc'[-4:])
