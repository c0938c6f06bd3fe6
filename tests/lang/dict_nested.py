# dict: nested dicts and lists (building trees, deep access, counting, merging)
tree = {}
paths = ['a/b/c', 'a/b/d', 'a/e', 'f', 'a/b/c/g']
for p in paths:
    node = tree
    for part in p.split('/'):
        node = node.setdefault(part, {})
print(tree)
def count_leaves(t):
    if not t:
        return 1
    return sum(count_leaves(v) for v in t.values())
print(count_leaves(tree))
def depth(t):
    return 0 if not t else 1 + max(depth(v) for v in t.values())
print(depth(tree))
config = {'db': {'host': 'localhost', 'port': 5432, 'opts': {'ssl': True}}, 'debug': False}
print(config['db']['opts']['ssl'], config.get('cache', {}).get('size', 64))
config['db']['opts']['timeout'] = 30
print(config)
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
print(deep_merge(config, {'db': {'port': 6543, 'opts': {'ssl': False}}, 'new': 1}))
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']:
    groups.setdefault(word[0], []).append(word)
print(groups, {k: len(v) for k, v in groups.items()})
matrix = {r: {c: r * c for c in range(3)} for r in range(3)}
print(matrix, matrix[2][2])
inv = {}
for k, vs in groups.items():
    for v in vs:
        inv[v] = k
print(inv)
