# str.find, rfind, index, rindex and count with start/end
s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.find(''), s.find('a', 1), s.find('a', 1, 3), s.find('a', -4))
print(s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind(''), s.rfind('a', 0, 5), s.rfind('abra', 1))
print(s.index('c'), s.rindex('b'), s.index('a', 3), s.rindex('a', 0, -1))
print(s.count('a'), s.count('bra'), s.count(''), s.count('a', 5), s.count('a', 1, 4), 'aaaa'.count('aa'))
try:
    s.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.index('a', 11)
except ValueError as e:
    print(type(e).__name__, e)
print('µaµ'.find('a'), 'µaµ'.rfind('µ'), 'é€é'.count('é'), 'é€é'.index('€'))
print(''.find(''), ''.find('a'), 'abc'.find('', 3), 'abc'.find('', 4))
print(b'hello'.find(b'l'), b'hello'.rfind(b'l'), b'hello'.count(b'l'), b'hello'.index(b'o'))
