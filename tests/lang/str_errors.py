# str: TypeErrors for immutability and bad operand types
s = 'abc'
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    s * 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    s - 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    s < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in s
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.nosuchmethod()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.upper(1)
except TypeError as e:
    print(type(e).__name__, 'takes no arguments')
try:
    'a'.join([1])
except TypeError as e:
    print(type(e).__name__, e)
print(s == 1, s != None, s == b'abc')
