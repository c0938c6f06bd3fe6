#!/usr/bin/env python3
"""Generates numfmt_cases.h for test_numfmt.c: what CPython prints for
repr(float), format(value, spec), the % operator, float(text) and
round(x, n).  Run from the repository root:

    python3 tests/unit/gen_numfmt.py > tests/unit/numfmt_cases.h

Doubles are written as their IEEE bit patterns in hex.  The 5000 random
doubles of repr_random[] are not stored: test_numfmt.c draws the same bit
patterns from splitmix64 seeded with REPR_SEED, and only CPython's reprs
are kept.  An expected text starting with "!" is the ValueError message.
Seeded, so the file only changes when this script does.
"""
import math
import random
import struct
import sys

rng = random.Random(4711)
REPR_SEED = 0x1234_5678_9abc_def0
MASK = 2**64 - 1


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return state, z ^ (z >> 31)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(u):
    return struct.unpack('<d', struct.pack('<Q', u))[0]


def c_str(s):
    out = []
    for b in s.encode('utf-8'):
        c = chr(b)
        if c in '"\\?':
            out.append('\\' + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append('\\%03o' % b)
    return '"' + ''.join(out) + '"'


# ---- values ----

def nice_double():
    """Short decimals, the kind people type."""
    digits = rng.randint(1, 17)
    m = rng.randint(1, 10**digits - 1)
    e = rng.choice([rng.randint(-30, 30), rng.randint(-330, 310)])
    x = float('%de%d' % (m, e))
    return -x if rng.random() < 0.3 else x


def random_double():
    while True:
        x = from_bits(rng.getrandbits(64))
        if math.isfinite(x):
            return x


def halfway_double():
    """Values whose decimal expansion has a 5 just past a rounding place."""
    n = rng.randint(0, 12)
    k = rng.randint(1, 2**20)
    return (2 * k + 1) / 2**rng.randint(1, 20) * (10 ** -n if rng.random() < 0.3 else 1)


special_doubles = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675,
                   1e16, 1e15, 9999999999999998.0, 1e17, 1e22, 1e23, 1e-4, 1e-5,
                   123456789012345678.0, 5e-324, 2.2250738585072014e-308,
                   2.225073858507201e-308, 1.7976931348623157e308, 4.9406564584124654e-324,
                   0.3, 2 / 3, 1 / 3, math.pi, math.e, 100.0, 1234567.0, 0.001, 9.5,
                   99.99, 999999.5, 0.000123456, 1e300, 1e-300, 2.0**53, 2.0**53 + 2.0,
                   2.0**63, 2.0**64, float('inf'), float('-inf'), float('nan')]


def float_value():
    r = rng.random()
    if r < 0.15:
        return rng.choice(special_doubles)
    if r < 0.5:
        return nice_double()
    if r < 0.75:
        return halfway_double()
    return random_double()


# ---- repr ----

repr_cases = []
for x in special_doubles:
    repr_cases.append((bits(x), repr(x)))
for _ in range(800):
    x = nice_double()
    repr_cases.append((bits(x), repr(x)))
for e in range(-1074, 1024, 7):     # every binade region, both edges
    for x in (2.0**e, math.nextafter(2.0**e, 0), math.nextafter(2.0**e, math.inf)):
        if math.isfinite(x):
            repr_cases.append((bits(x), repr(x)))

repr_random = []
state = REPR_SEED
for _ in range(5000):
    state, u = splitmix64(state)
    repr_random.append(repr(from_bits(u)))

# ---- format() ----

FILLS = ['*', '0', 'x', ' ', '\u20ac', '\u00b5', '<', '=', '\U0001f600']


def random_spec(types, allow_precision=True):
    s = ''
    r = rng.random()
    if r < 0.25:
        s += rng.choice('<>^=')
    elif r < 0.4:
        s += rng.choice(FILLS) + rng.choice('<>^=')
    if rng.random() < 0.3:
        s += rng.choice('+- ')
    if rng.random() < 0.05:
        s += 'z'
    if rng.random() < 0.2:
        s += '#'
    if rng.random() < 0.2:
        s += '0'
    if rng.random() < 0.5:
        s += str(rng.choice([rng.randint(0, 12), rng.randint(0, 40)]))
    if rng.random() < 0.25:
        s += rng.choice(',_')
    if allow_precision and rng.random() < 0.5:
        s += '.' + str(rng.choice([rng.randint(0, 8), rng.randint(0, 25), rng.randint(0, 60)]))
    s += rng.choice(types)
    return s


format_cases = []   # (kind, value, neg, spec, expected)


def add_format(kind, value, spec, shown, neg=False):
    try:
        expect = format(value, spec)
    except ValueError as e:
        expect = '!' + str(e)
    except (TypeError, OverflowError):
        return
    format_cases.append((kind, shown, neg, spec, expect))


FLOAT_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', 'd', 'x', 's', 'c']
INT_TYPES = ['', '', 'd', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 's', 'q']
BIG_TYPES = ['', 'd', 'b', 'o', 'x', 'X', 'n', 's']
STR_TYPES = ['', '', 's', 'd']

for _ in range(1800):
    x = float_value()
    add_format('f', x, random_spec(FLOAT_TYPES), bits(x))
for _ in range(1000):
    v = rng.choice([0, 1, -1, 7, 65, 255, -255, 0x10FFFF, 1234567,
                    rng.randint(-10**6, 10**6), rng.randint(-2**63, 2**63 - 1)])
    add_format('i', v, random_spec(INT_TYPES), str(v))
for _ in range(250):
    v = rng.getrandbits(rng.randint(64, 300)) * rng.choice([1, -1])
    spec = random_spec(BIG_TYPES)
    base = {'b': 2, 'o': 8, 'x': 16, 'X': 16}.get(spec[-1:], 10)
    digits = format(abs(v), {2: 'b', 8: 'o', 10: 'd', 16: 'x'}[base])
    add_format('I', v, spec, digits, v < 0)
STRINGS = ['', 'a', 'abc', 'hello world', '\u00b5s', 'h\u00e9llo', '\u65e5\u672c\u8a9e',
           '\U0001f600x', 'tab\there']
for _ in range(500):
    text = rng.choice(STRINGS)
    add_format('s', text, random_spec(STR_TYPES), text)

# Hand-picked: the corners of CPython's rules.
for x, spec in [(1.0, '.0'), (123.0, '.3'), (123.0, '.2'), (1.5, '.3'), (1e20, ''),
                (1e16, ''), (1e15, ''), (0.0001, ''), (0.00001, ''), (1.5, '.0%'),
                (1.0, '#'), (1.0, '#.0f'), (1.0, '#.0e'), (1.0, '#g'), (1.0, '#.3'),
                (-0.0001, 'z.2f'), (-0.0, 'z'), (-0.0, '+'), (-0.0, ' '), (0.125, '.2f'),
                (2.5, '.0f'), (0.5, '.0f'), (1.5, '.0f'), (0.0004, '.2f'), (-0.0004, '.2f'),
                (0.006, '.2f'), (9.995, '.2f'), (9.9999, '.3g'), (999999.5, '.0f'),
                (1e-300, '.400f'), (5e-324, '.1100e'), (1.7976931348623157e308, ',.2f'),
                (1e300, '.1000f'), (1234.5, '012,.1f'), (1234.5, '013,.1f'),
                (1.5, '010,'), (12345678.0, '015,e'), (1e20, ',.0f'), (-1e20, '0=40_.2f'),
                (float('inf'), '08.2f'), (float('inf'), '010,'), (float('-inf'), '010,'),
                (float('nan'), '+010_'), (float('nan'), '=+8'), (float('nan'), 'E'),
                (float('inf'), 'F'), (float('inf'), '%'), (-float('nan'), ''),
                (1e16, 'n'), (1234567.0, 'n'), (0.1, '.17'), (0.1, '.17f'), (0.1, '.55f'),
                (1.0, '\u20ac^11.3e'), (2.0, '\U0001f600>5'), (0.015, '.1%'),
                (1e-5, '.0'), (1e-4, '.0'), (123456.0, '.6'), (1234567.0, '.6'),
                (1.0, '99999999999999999999'), (1.0, '.99999999999999999999f'),
                (1.0, ',.1'), (1.0, '.1,'), (1.0, '._f'), (1.0, ',.2_'), (1.0, '\x7f'),
                (1.0, ',n'), (1.0, 'zf'), (1.0, '0=10'), (-1.0, '=10'), (0.0, 'e'),
                (0.0, 'g'), (0.0, '.3'), (0.0, '%'), (1e-320, ''), (1e-320, 'e'),
                (2.0**-1074, '.770e'), (2.0**-1074, '.1100f')]:
    add_format('f', x, spec, bits(x))
for v, spec in [(1, '<<<'), (1, 'x<5'), (1, '.'), (1, '1,,'), (1, ',_'), (1, '_,'),
                (1, ',x'), (1, '.2d'), (1, '+c'), (1, '#c'), (1, 'z'), (1, 'zd'), (1, ',c'),
                (1, 'q'), (1, '__'), (1, ',,d'), (1, '10__'), (1, '\n'), (1, '.\n'),
                (1, '0x'), (1, '+x'), (1, '.1c'), (1, 'z,c'), (1, '.1z'), (1, 'z#.1c'),
                (1, '0'), (1, '00'), (1, '\u00e9'), (1, ',\u00e9'), (1, '\u20ac<5'),
                (1, '  '), (1, ' '), (1, '0=10,'), (1234, '08,'), (1234, '09,'),
                (1234, '010,'), (1234, '07,'), (1, '1_000'), (1, '_<5'), (255, '#010x'),
                (255, '#010_x'), (255, '_b'), (123456789, '_x'), (-1234567, '0=15,d'),
                (1234, '*=10,'), (1, '<05'), (1, '0<5'), (1, 'x^05'), (-1, '_^+#06'),
                (5, 'x=+#10x'), (5, '#o'), (-5, '#b'), (255, 'X'), (255, '#X'), (0, '#x'),
                (65, '5c'), (65, '05c'), (65, '=5c'), (0x20ac, '^5c'), (0x110000, 'c'),
                (-1, 'c'), (123, '=^10'), (123, '^+10'), (1, '9223372036854775808'),
                (2**63 - 1, ',d'), (-2**63, '_x'), (-2**63, '#b'), (10, '.2f'),
                (10**17 + 1, 'e'), (7, '%'), (12345, 'n'), (5, '-^7'), (5, ' =7')]:
    add_format('i', v, spec, str(v))
for s, spec in [('a', '+'), ('a', '#'), ('a', '='), ('a', 'z'), ('a', ','), ('a', 'd'),
                ('a', ',s'), ('a', '05'), ('ab', '<05'), ('ab', '^05'), ('ab', '>05'),
                ('\u00b5s', '6'), ('\u00b5s', '\u2192^8'), ('abc', '.1'), ('abc', '.0'),
                ('\u65e5\u672c\u8a9e', '^7.2'), ('a', '.1,d'), ('a', '+d'), ('a', '+,'),
                ('a', '+#'), ('a', '=#'), ('a', 'z='), ('a', '\u00e9'),
                ('x', '>1000')]:
    add_format('s', s, spec, s)

# ---- the % operator ----

printf_cases = []   # (kind, value, flags, width, prec, conv, expected)


def add_printf(kind, value, shown, flags, width, prec, conv):
    fmt = '%' + flags + (str(width) if width >= 0 else '') + \
        ('.' + str(prec) if prec >= 0 else '') + conv
    printf_cases.append((kind, shown, flags, width, prec, conv, fmt % value))


for _ in range(900):
    flags = ''.join(f for f in '-+ #0' if rng.random() < 0.25)
    width = rng.choice([-1, -1, rng.randint(0, 20)])
    prec = rng.choice([-1, -1, rng.randint(0, 12)])
    r = rng.random()
    if r < 0.4:
        x = float_value()
        add_printf('f', x, bits(x), flags, width, prec, rng.choice('eEfFgG'))
    elif r < 0.8:
        v = rng.choice([0, 1, -1, 255, -255, rng.randint(-10**9, 10**9),
                        rng.randint(-2**63, 2**63 - 1)])
        add_printf('i', v, str(v), flags, width, prec, rng.choice('diuoxX'))
    else:
        s = rng.choice(STRINGS)
        add_printf('s', s, s, flags, width, prec, rng.choice('sc') if len(s) == 1 else 's')

# ---- float() ----

parse_cases = []    # (text, expected bits or "error")


def add_parse(text):
    try:
        parse_cases.append((text, bits(float(text))))
    except ValueError:
        parse_cases.append((text, 'error'))


for text in ['1_0', '1__0', '_1', '1_', '1_.5', '1._5', '1.5_', '1e1_0', '1e_10', '1_e5',
             '1.e5', '.e5', '.5', '5.', '.', 'e5', '1e', '1e+', '+.5', '-.5e-3', '  12.5  ',
             'infinity', '-Infinity', '+inf', 'nAn', '-nan', 'infi', 'in', '1.5e+', '0x10',
             '1d5', '1e-400', '1e400', '-0', '00012.5', '1_000.000_1', '1e0_1', '1 e5',
             '+-1', 'inf_', '1.0_e5', '0_0.0_0e0_0', '', ' ', '+', '-', '\t\n1\x0b\x0c\r ',
             '1e308', '1.7976931348623157e308', '1.7976931348623158e308',
             '1.7976931348623159e308', '179769313486231580793728971405301e276',
             '2.2250738585072011e-308', '2.2250738585072012e-308', '4.9406564584124654e-324',
             '2.4703282292062327e-324', '2.4703282292062328e-324', '2.4703282292062327208e-324',
             '1e-324', '3e-324', '9007199254740993', '9007199254740992.5',
             '9007199254740993.0000000000000000000000000001', '0.1', '1e23', '8.41e21',
             '1' * 400, '0.' + '0' * 400 + '1', '1e99999999999999999999',
             '1e-99999999999999999999', '0e99999999999999', '0.000000000000000000001e21',
             '123456789012345678901234567890', '1.00000000000000011102230246251565404236316680908203125',
             '1.00000000000000011102230246251565404236316680908203124',
             '1.00000000000000011102230246251565404236316680908203126',
             '1.000000000000000111022302462515654042363166809082031250000000001']:
    add_parse(text)
def halfway_texts(x):
    """The exact midpoint between x and the next double up, and a hair
    below and above it, as decimal text."""
    from fractions import Fraction
    y = math.nextafter(x, math.inf)
    mid = (Fraction(x) + Fraction(y)) / 2
    n, d = mid.numerator, mid.denominator
    k = d.bit_length() - 1          # d is a power of two
    digits = str(n * 5**k)          # mid = digits * 10**-k
    e = str(len(digits) - 1 - k)
    low = str(int(digits) - 1)
    return [digits[0] + '.' + digits[1:] + 'e' + e,
            low[0] + '.' + low[1:] + '9' * 30 + 'e' + e,
            digits[0] + '.' + digits[1:] + '0' * 30 + '1e' + e]


for x in [5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1e-310,
          1.7976931348623155e308, 1.0, 0.1, 1e22, 1e23]:
    for text in halfway_texts(x):
        add_parse(text)
for _ in range(160):
    # Exact halfway points between neighbours, and a hair either side.
    x = abs(random_double()) if rng.random() < 0.4 else abs(nice_double())
    y = math.nextafter(x, math.inf)
    if not math.isfinite(y):
        continue
    from fractions import Fraction
    mid = (Fraction(x) + Fraction(y)) / 2
    n, d = mid.numerator, mid.denominator
    k = d.bit_length() - 1          # d is a power of two
    digits = str(n * 5**k)          # mid = digits * 10**-k
    text = digits[0] + '.' + digits[1:] + 'e' + str(len(digits) - 1 - k)
    add_parse(text)
    tweak = rng.choice(['0001', '9999'])
    bumped = digits[:-1] + str(int(digits[-1]) - 1) + tweak if digits[-1] != '0' else digits + tweak
    add_parse(bumped[0] + '.' + bumped[1:] + 'e' + str(len(digits) - 1 - k))
for _ in range(400):
    x = float_value()
    if math.isfinite(x):
        add_parse(rng.choice(['%.17g', '%.16g', '%.15g', '%.25e', '%.5e']) % x)

# ---- round() ----

round_cases = []    # (bits, ndigits, expected bits or "overflow")
for _ in range(500):
    x = rng.choice([float_value(), halfway_double(), nice_double()])
    if not math.isfinite(x):
        continue
    n = rng.choice([0, 1, 2, 3, rng.randint(-20, 20), rng.randint(-330, 330)])
    try:
        round_cases.append((bits(x), n, bits(round(x, n))))
    except OverflowError:
        round_cases.append((bits(x), n, 'overflow'))
for x, n in [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (1.7976931348623157e308, -308),
             (1.5e308, -308), (5e-324, 323), (5e-324, 324), (0.285, 2), (1e22, -22), (123.456, -1)]:
    try:
        round_cases.append((bits(x), n, bits(round(x, n))))
    except OverflowError:
        round_cases.append((bits(x), n, 'overflow'))

# ---- output ----

w = sys.stdout.write
w('/* Generated by gen_numfmt.py from CPython %s; do not edit. */\n\n'
  % sys.version.split()[0])
w('#define REPR_SEED 0x%xu\n\n' % REPR_SEED)
w('static const char *const repr_random[] = {\n')
for text in repr_random:
    w('%s,\n' % c_str(text))
w('};\n\nstatic const ReprCase repr_cases[] = {\n')
for b, text in repr_cases:
    w('{0x%su,%s},\n' % (b, c_str(text)))
w('};\n\nstatic const FormatCase format_cases[] = {\n')
for kind, shown, neg, spec, expect in format_cases:
    w("{'%s',%s,%d,%s,%s},\n" % (kind, c_str(shown), int(neg), c_str(spec), c_str(expect)))
w('};\n\nstatic const PrintfCase printf_cases[] = {\n')
for kind, shown, flags, width, prec, conv, expect in printf_cases:
    w("{'%s',%s,%s,%d,%d,'%s',%s},\n" % (kind, c_str(shown), c_str(flags), width, prec,
                                         conv, c_str(expect)))
w('};\n\nstatic const ParseCase parse_cases[] = {\n')
for text, expect in parse_cases:
    w('{%s,%s},\n' % (c_str(text), c_str(expect)))
w('};\n\nstatic const RoundCase round_cases[] = {\n')
for b, n, expect in round_cases:
    w('{0x%su,%d,%s},\n' % (b, n, c_str(expect)))
w('};\n')
