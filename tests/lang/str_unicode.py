# str: UTF-8 text with non-ASCII code points; len and indexing count code points
s = 'µs é ñ 日本 €'
print(s, len(s))
print([s[i] for i in range(len(s))])
print(s[0], s[3], s[-1], s[7:9])
print('AbC 日€'.lower(), 'abc 日€'.upper())
print('é' == '\u00e9', 'µ' == '\u00b5', ord('µ'), ord('é'), ord('€'), chr(8364), chr(233))
print('naïve café'.split(' '), 'naïve'.find('ï'), 'café'.index('é'))
print(len('😀'), ord('😀'), '😀'.encode('utf-8'), len('😀'.encode('utf-8')))
print('é'.encode(), 'µ'.encode('utf-8'), b'\xc3\xa9'.decode(), b'\xc2\xb5s'.decode('utf-8'))
print(repr('é'), repr('µ'), repr('\x00\x7f'), repr('\u200b'))
print('日本語'[::-1], '日本語'[1:], 'aé'*3)
print('ü' in 'Grüße', 'Grüße'.count('ß'), 'Grüße'.replace('ü', 'ue'))
print(list('aµb'), [c for c in 'é€'])
print(sorted('éaµz'), 'é' > 'z', 'µ' < 'é')
print('{}|{:>4}|{:<4}|{:^5}|'.format('µ', 'é', 'ñ', '€'))
print(f'{"日本":*^8}')
t = ''
for ch in 'αβγ':
    t = ch + t
print(t, len(t), t.encode('utf-8'))
print('Ωmega'.startswith('Ω'), 'λx'.endswith('x'), 'x→y'.partition('→'))
print(str(b'\xce\xbb', 'utf-8'), bytes('λ', 'utf-8'))
print('%s and %5s|' % ('µ', 'é'))
