#!/usr/bin/env python3
"""Generates bigint_cases.h for test_bigint.c: operations on integers with
the results CPython computes.  Run from the repository root:

    python3 tests/unit/gen_bigint.py > tests/unit/bigint_cases.h

Integers are signed lowercase hex without prefix ("-1f"); operands sit
once in big_operands[] and cases name them as "@index".  Doubles are their
IEEE bit patterns in hex.  A result longer than 40 characters is stored as
"#" and the FNV-1a 64 hash of its text, to keep the file small; the test
then prints the operands and the value it computed.  The random part is
seeded, so the file only changes when this script does.
"""
import math
import random
import struct
import sys

rng = random.Random(20240607)
cases = []


operands = {}


def hx(n):
    """An integer operand: its index in the operand pool."""
    text = ('-' if n < 0 else '') + format(abs(n), 'x')
    if text not in operands:
        operands[text] = len(operands)
    return '@%d' % operands[text]


def hv(n):
    """An integer result."""
    return ('-' if n < 0 else '') + format(abs(n), 'x')


def dbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def fnv(text):
    h = 0xcbf29ce484222325
    for ch in text.encode():
        h = ((h ^ ch) * 0x100000001b3) & (2**64 - 1)
    return '#%016x' % h


def add(op, a, b, c, expect):
    cases.append((op, a, b, c, expect if len(expect) <= 40 else fnv(expect)))


def rand_int(maxbits=None):
    """Sizes mostly small, some medium, a few large; signs and special
    shapes (all ones, powers of two) mixed in."""
    r = rng.random()
    if maxbits is None:
        maxbits = 96 if r < 0.55 else 512 if r < 0.9 else 1600
    bits = rng.randint(0, maxbits)
    shape = rng.random()
    if shape < 0.08:
        n = (1 << bits) - 1
    elif shape < 0.14:
        n = 1 << bits
    elif shape < 0.18:
        n = ((1 << bits) - 1) ^ (1 << rng.randint(0, max(bits - 1, 0)))
    else:
        n = rng.getrandbits(bits) if bits else 0
    return -n if rng.random() < 0.45 else n


def nonzero(maxbits=None):
    n = 0
    while n == 0:
        n = rand_int(maxbits)
    return n


def int_ops(a, b):
    add('add', hx(a), hx(b), '', hv(a + b))
    add('sub', hx(a), hx(b), '', hv(a - b))
    add('mul', hx(a), hx(b), '', hv(a * b))
    add('cmp', hx(a), hx(b), '', str((a > b) - (a < b)))
    add('and', hx(a), hx(b), '', hv(a & b))
    add('or', hx(a), hx(b), '', hv(a | b))
    add('xor', hx(a), hx(b), '', hv(a ^ b))
    if b:
        q, r = divmod(a, b)
        add('divmod', hx(a), hx(b), '', hv(q) + ',' + hv(r))
        try:
            add('truediv', hx(a), hx(b), '', dbits(a / b))
        except OverflowError:
            add('truediv', hx(a), hx(b), '', 'overflow')
    add('gcd', hx(a), hx(b), '', hv(math.gcd(a, b)))


def unary_ops(a):
    add('neg', hx(a), '', '', hv(-a))
    add('abs', hx(a), '', '', hv(abs(a)))
    add('not', hx(a), '', '', hv(~a))
    add('bitlen', hx(a), '', '', str(a.bit_length()))
    add('hash', hx(a), '', '', str(hash(a)))
    try:
        add('todouble', hx(a), '', '', dbits(float(a)))
    except OverflowError:
        add('todouble', hx(a), '', '', 'overflow')
    add('toint64', hx(a), '', '',
        str(a) if -2**63 <= a < 2**63 else 'overflow')
    add('low64', hx(a), '', '', '%x' % (a & (2**64 - 1)))
    add('fits32', hx(a), '', '', str(int(-2**31 <= a < 2**31)))
    n = rng.randint(0, 300)
    add('lshift', hx(a), str(n), '', hv(a << n))
    n = rng.randint(0, max(a.bit_length() + 40, 1))
    add('rshift', hx(a), str(n), '', hv(a >> n))
    for base in (10, 2, 16, rng.choice([3, 5, 7, 8, 12, 36])):
        add('str', hx(a), str(base), '', to_base(a, base))


def to_base(n, base):
    if base == 10:
        return str(n)
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    s, m = '', abs(n)
    while True:
        m, d = divmod(m, base)
        s = digits[d] + s
        if m == 0:
            break
    return ('-' if n < 0 else '') + s


def pow_case(a, e):
    add('pow', hx(a), hx(e), '', hv(a ** e))


def powmod_case(a, e, m):
    try:
        r = hv(pow(a, e, m))
    except ValueError:
        r = 'notinv'
    add('powmod', hx(a), hx(e), hx(m), r)


def parse_case(text, base):
    try:
        r = hv(int(text, base))
    except ValueError:
        r = 'syntax'
    add('parse', text, str(base), '', r)


def bytes_case(a, n, little, signed):
    order = 'little' if little else 'big'
    try:
        r = a.to_bytes(n, order, signed=signed).hex()
    except OverflowError:
        r = 'overflow'
    add('tobytes', hx(a), str(n), order[0] + 'us'[signed], r)
    if r != 'overflow':
        back = int.from_bytes(bytes.fromhex(r), order, signed=signed)
        add('frombytes', r, '', order[0] + 'us'[signed], hv(back))


def double_cases(x):
    add('fromdouble', dbits(x), '', '', hv(int(x)))
    add('hashdouble', dbits(x), '', '', str(hash(x)))


def cmp_double_case(a, x):
    c = (a > x) - (a < x)
    add('cmpdouble', hx(a), dbits(x), '', str(c))


def rand_double():
    while True:
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if math.isfinite(x):
            return x


# ---- hand-picked edges ----
edges = [0, 1, -1, 2, -2, 2**31 - 1, -2**31, 2**31, 2**32 - 1, 2**32, -2**32,
         2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64,
         2**53, 2**53 + 1, 2**61 - 1, 2**61, -(2**61 - 1), 2**96 - 1,
         10**30, -10**30, 2**1024 - 2**970, 2**1024 - 2**970 - 1,
         2**1024 - 2**971, 2**1024, 2**1023 + 2**970 - 1]
# to_double at and around the rounding halfway points
for k in (1, 11, 12, 40, 100, 500, 970):
    for m in (2**53 + 1, 2**53 + 3, 2**54 - 1):
        for delta in (0, 1, -1):
            a = (m << k) + delta
            try:
                add('todouble', hx(a), '', '', dbits(float(a)))
            except OverflowError:
                add('todouble', hx(a), '', '', 'overflow')
for a in edges:
    unary_ops(a)
for a in edges[:12]:
    for b in edges[:12]:
        int_ops(a, b)
for x in [0.0, -0.0, 0.5, -0.5, 1.0, -1.5, 2.0**53, 2.0**53 * 3, 1e300, -1e300,
          2.0**63, -2.0**63, 2.0**64, 5e-324, 1.7976931348623157e308,
          float('inf'), float('-inf')]:
    if math.isfinite(x):
        double_cases(x)
    else:
        add('hashdouble', dbits(x), '', '', str(hash(x)))
    for a in [0, 1, -1, 2**53 + 1, 2**64, -2**64, 2**1024, -(2**1024)]:
        cmp_double_case(a, x)
# truediv corners: subnormal, halfway, overflow
for a, b in [(1, 3), (2**1100, 3), (2**1024, 1), (2**1023, 1), (1, 2**1074),
             (1, 2**1075), (3, 2**1076), (1, 2**1076), (2**60 + 1, 2**7),
             (2**54 + 1, 2), (2**54 + 3, 2), (-(2**200), 3**100), (0, -5),
             (10**400, 10**399), (2**1100 - 1, 2**76)]:
    int_ops(a, b)
for a, e in [(0, 0), (0, 5), (1, 10**20), (-1, 10**20 + 1), (-1, 10**20),
             (2, 0), (2, 1), (2, 100), (-3, 77), (10, 300), (2**32 - 1, 9),
             (-(2**64 + 7), 5)]:
    pow_case(a, e)
for a, e, m in [(2, 10, 1000), (-2, 3, 7), (2, 3, -7), (-2, 3, -7), (5, 0, 1),
                (5, 0, -1), (0, 0, 7), (3, -1, 7), (3, -5, 11), (6, -1, 9),
                (2, 100, 2**64 + 13), (-(2**100), 2**100 + 1, 2**89 - 1),
                (12345, -1, -(2**127 - 1)), (0, -1, 1), (0, -1, 5)]:
    powmod_case(a, e, m)
for text, base in [('0', 0), ('00', 0), ('0_0', 0), ('010', 0), ('0x', 0),
                   ('_1', 0), ('1_', 0), ('1__0', 0), (' 1 ', 0), ('+ 1', 0),
                   ('+_1', 0), ('0b_1', 0), ('-0x10', 0), ('0X10', 0),
                   ('0x_ff', 0), ('0b1', 16), ('0b1', 2), ('0o17', 8),
                   ('0o17', 0), ('0O17', 0), ('z', 36), ('Z', 36), ('10', 36),
                   ('9', 8), ('', 10), ('-', 10), ('  -42\n', 10), ('1_000', 10),
                   ('12a', 10), ('1 2', 10), ('0x1_0', 16), ('0x1_0', 10),
                   ('-0', 10), ('\t+7\x0b', 0), ('777', 8), ('1' * 100, 2),
                   ('9' * 200, 10), ('z' * 80, 36), ('f' * 70, 16),
                   ('1' + '0' * 120, 10), ('12_345_678_901_234_567_890', 0)]:
    parse_case(text, base)
for a in [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 2**31, -2**31,
          2**64 - 1, -2**63, 2**100 + 5, -(2**100 + 5)]:
    for n in (0, 1, 2, 8, 9):
        for little in (False, True):
            for signed in (False, True):
                if a < 0 and not signed:
                    continue
                bytes_case(a, n, little, signed)

# ---- random cross-checks ----
for _ in range(160):
    int_ops(rand_int(), rand_int())
for _ in range(150):
    # a divisor much shorter or just shorter than the dividend
    a, b = rand_int(1200), nonzero(rng.choice([32, 64, 200]))
    q, r = divmod(a, b)
    add('divmod', hx(a), hx(b), '', hv(q) + ',' + hv(r))
for _ in range(100):
    unary_ops(rand_int())
for _ in range(60):
    pow_case(rand_int(200), rng.randint(0, 40))
for _ in range(120):
    m = nonzero(rng.choice([32, 64, 300, 700]))
    e = rand_int(rng.choice([8, 64, 300]))
    if e < 0 and rng.random() < 0.7:
        e = -e
    powmod_case(rand_int(800), e, m)
for _ in range(150):
    a = rand_int()
    base = rng.choice([2, 3, 5, 8, 10, 10, 10, 16, 16, 36, 0])
    text = to_base(a, base if base else 10)
    if base == 0 and rng.random() < 0.5:
        text = ('-' if a < 0 else '') + '0x' + format(abs(a), 'x')
    if rng.random() < 0.3 and len(text) > 3:
        i = rng.randint(2, len(text) - 1)
        if text[i - 1] not in '-x' and text[i] != '_':
            text = text[:i] + '_' + text[i:]
    if rng.random() < 0.1:
        text = text.upper()
    parse_case(text, base)
for _ in range(100):
    x = rand_double()
    double_cases(x)
    cmp_double_case(int(x), x)
    cmp_double_case(int(x) + rng.choice([-1, 1]), x)
    cmp_double_case(rand_int(), x)

# ---- output ----
def c_str(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace(
        '\n', '\\n').replace('\t', '\\t').replace('\x0b', '\\v') + '"'


out = sys.stdout
out.write('/* Generated by gen_bigint.py from CPython %s; do not edit. */\n'
          % sys.version.split()[0])
out.write('static const char *const big_operands[] = {\n')
for text in operands:
    out.write('"%s",\n' % text)
out.write('};\n\nstatic const BigCase big_cases[] = {\n')
for op, a, b, c, e in cases:
    out.write('{%s,%s,%s,%s,%s},\n' % tuple(map(c_str, (op, a, b, c, e))))
out.write('};\n')
