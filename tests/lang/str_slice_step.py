# str: extended slices with positive and negative steps
s = '0123456789'
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[-2::-3])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1], repr(s[2:8:-1]))
print(s[:3:-1], s[3::-1], s[-1:-4:-1], s[100:0:-4], s[0:100:4])
print(s[::100], s[::-100], s[1:9:7])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print('aµbéc'[::2], 'aµbéc'[::-1])
for step in (1, 2, 3, -1, -2, -3):
    print(step, s[::step], s[2:7:step], s[7:2:step])
u = 'αβγδεζ'
print(u[::2], u[1::2], u[::-1], u[::-2], u[4:0:-2])
print('abcdefghij'[-1:-11:-3], 'abcdefghij'[1:-1:4], 'a'[::-1], ''[::-1] == '')
print(s[::-1][::-1] == s, s[1::3][::-1])
print('0123456789'[slice(1, 8, 3)], '0123456789'[slice(None, None, -4)])
print('µéñ'[::-1], 'ab'[::5], 'ab'[::-5], 'hello world'[::-1].split())
print([s[i::3] for i in range(3)])
