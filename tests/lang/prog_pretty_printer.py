# Program: a JSON-like pretty printer and a serializer written by hand
def esc(s):
    out = []
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == '\\':
            out.append('\\\\')
        elif c == '\n':
            out.append('\\n')
        elif ord(c) < 0x20:
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'
def dump(v, indent=0, step=2):
    pad = ' ' * indent
    inner = ' ' * (indent + step)
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return esc(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return '[]'
        parts = [inner + dump(x, indent + step, step) for x in v]
        return '[\n' + ',\n'.join(parts) + '\n' + pad + ']'
    if isinstance(v, dict):
        if not v:
            return '{}'
        parts = [inner + esc(str(k)) + ': ' + dump(x, indent + step, step) for k, x in v.items()]
        return '{\n' + ',\n'.join(parts) + '\n' + pad + '}'
    raise TypeError('cannot serialize ' + type(v).__name__)
def compact(v):
    if isinstance(v, dict):
        return '{' + ','.join(esc(str(k)) + ':' + compact(x) for k, x in v.items()) + '}'
    if isinstance(v, (list, tuple)):
        return '[' + ','.join(compact(x) for x in v) + ']'
    return dump(v)
doc = {
    'name': 'irqpy',
    'version': [0, 1, 0],
    'latency': {'cycles': 60, 'ratio': 0.0625, 'ok': True},
    'tags': ['vm', 'irq', 'say "hi"', 'tab\there', 'µs'],
    'empty': {}, 'none': None, 'nested': [[1, [2, []]], {'k': False}],
    'big': 2 ** 70, 'neg': -1.5e-7,
}
print(dump(doc))
print(compact(doc))
print(dump([]), dump({}), dump('line\nbreak'), dump((1, 2), step=4))
try:
    dump({'s': {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
