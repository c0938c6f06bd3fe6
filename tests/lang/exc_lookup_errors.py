# Exceptions: IndexError and KeyError messages for every container kind
def show(f):
    try:
        f()
    except LookupError as e:
        print(type(e).__name__, e)
show(lambda: [][0])
show(lambda: [1][-2])
show(lambda: ()[0])
show(lambda: ''[0])
show(lambda: b''[0])
show(lambda: bytearray()[0])
show(lambda: range(0)[0])
show(lambda: {}[0])
show(lambda: {}['key'])
show(lambda: {}[(1, 2)])
show(lambda: {}[None])
show(lambda: {}[1.5])
show(lambda: set().remove(3))
show(lambda: [].pop())
show(lambda: {}.pop('x'))
show(lambda: [1, 2, 3].pop(5))
def assign():
    l = [1]
    l[3] = 0
show(assign)
def delete():
    l = [1]
    del l[3]
show(delete)
def delkey():
    d = {'a': 1}
    del d['b']
show(delkey)
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(type(e).__name__, e)
