# f-strings: expressions, conversions, literal braces, quotes, and nesting in calls
name = 'World'
n = 42
x = 3.14159
print(f'Hello, {name}!', f'{n}', f'{n + 1}', f'{x}', f'{name.upper()}', f'{len(name)}')
print(f'{{literal}}', f'{{{n}}}', f'a{{b', f'}}')
print(f'{n!r} {name!r} {name!s} {x!r}', f'{[1, "a"]}', f'{None}')
print(f"{'nested quotes'}", f'{"x" * 3}', f'''{name}''', F'{n}')
d = {'key': 'value'}
l = [10, 20, 30]
print(f'{d["key"]} {l[1]} {l[-1]} {l[0:2]}')
print(f'{n if n > 10 else 0}', f'{(lambda v: v * 2)(5)}', f'{n:>{5}}|')
print(f'{n}{n}', f'{n} and {n}', f'' == '', f'plain')
class P:
    def __init__(self):
        self.a = 1
    def __str__(self):
        return 'P-str'
    def __repr__(self):
        return 'P-repr'
p = P()
print(f'{p}', f'{p!r}', f'{p!s}', f'{p.a}')
print(f'{"µ"}s', f'{n} µs', f'{"é":^5}|')
items = ['a', 'b']
print(f'{", ".join(items)}', f'{sum(i for i in range(4))}')
print(f'{n:{"0"}{6}}', f'{3 * 4}')
