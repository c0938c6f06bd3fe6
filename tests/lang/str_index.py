# str: indexing with positive and negative indices, and IndexError
s = 'abcdef'
print(s[0], s[5], s[-1], s[-6], s[2], s[-3])
for i in range(-6, 6):
    print(i, s[i], end='; ')
print()
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ''[0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[2 ** 2])
print('é€a'[1], 'é€a'[-3])
