# Generators: send() values into a generator; priming with next() or send(None)
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    yield 'final %d' % total
acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5), acc.send(-3))
print(acc.send(None))
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None), g.send(7))
def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        x = yield avg
        count += 1
        total += x
        avg = total / count
av = averager()
next(av)
print([av.send(x) for x in (10, 20, 30, 40)])
def state_machine():
    state = 'idle'
    while True:
        cmd = yield state
        if state == 'idle' and cmd == 'start':
            state = 'running'
        elif state == 'running' and cmd == 'pause':
            state = 'paused'
        elif cmd == 'reset':
            state = 'idle'
        elif state == 'paused' and cmd == 'start':
            state = 'running'
sm = state_machine()
print(next(sm), [sm.send(c) for c in ('start', 'pause', 'start', 'bogus', 'reset')])
def done():
    yield 1
d = done()
next(d)
try:
    d.send('x')
except StopIteration:
    print('send to finished generator -> StopIteration')
