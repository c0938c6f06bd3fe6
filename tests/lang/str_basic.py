# str: literals, concatenation, repetition, len, comparison, membership
s = 'hello'
t = "world"
print(s + ' ' + t, s * 3, 3 * 'ab', '' * 5, 'x' * 0, 'x' * -1)
print(len(s), len(''), len('a b c'))
print(s == 'hello', s != t, s < t, 'abc' < 'abd', 'ab' < 'abc', 'Z' < 'a', '' < 'a')
print('ell' in s, 'xyz' in s, '' in s, 'h' not in t)
print(str(123), str(-4.5), str(None), str([1, 'a']), str((1,)), str(True))
print(repr('a'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print('tab\there', 'nl\\n', 'q\'', "dq\"")
print('a' 'b' "c", 'con' + 'cat')
print('''triple
quoted''', """also
here""")
print(r'raw\n\t', R'\d+')
print('\x41\u00e9\u03bc\U0001F600'.encode('utf-8'))
print('\101\102', '\0' == chr(0), len('\n\t\\'))
x = 'abc'
x += 'def'
x *= 2
print(x)
print(str(), str(''), str('x'))
print(type('').__name__, isinstance('a', str))
print(min('hello'), max('hello'), sorted('hello'))
print(list('abc'), tuple('ab'))
