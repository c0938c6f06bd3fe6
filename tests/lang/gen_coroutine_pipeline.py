# Generators: coroutine-style pipeline with send() (producer -> filter -> sink)
def sink(results):
    while True:
        item = yield
        results.append(item)
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())
def counter(target):
    n = 0
    try:
        while True:
            item = yield
            n += 1
            target.send('%d:%s' % (n, item))
    except GeneratorExit:
        target.send('closed after %d' % n)
        raise
def primed(g):
    next(g)
    return g
results = []
s = primed(sink(results))
pipeline = primed(counter(primed(grep('o', s))))
for line in ['foo', 'bar', 'boo', 'baz', 'zoo']:
    pipeline.send(line)
pipeline.close()
print(results)
def moving_average(n):
    window = []
    avg = None
    while True:
        x = yield avg
        window.append(x)
        if len(window) > n:
            window.pop(0)
        avg = sum(window) / len(window)
ma = primed(moving_average(3))
print([ma.send(x) for x in [3, 6, 9, 12, 15]])
def tally():
    total = 0
    while True:
        cmd = yield total
        if cmd == 'reset':
            total = 0
        elif isinstance(cmd, int):
            total += cmd
t = primed(tally())
print(t.send(5), t.send(10), t.send('reset'), t.send(7), t.send('noop'))
