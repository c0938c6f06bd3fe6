# Classes: bound methods as values, stored and called later; unbound via class
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
        return self.total
a = Acc()
add = a.add
print(add(5), add(10), a.total)
handlers = [a.add, Acc().add]
print([h(1) for h in handlers])
print(Acc.add(a, 100), a.total)
m1 = a.add
m2 = a.add
print(m1 == m2, m1.__self__ is a, m1.__func__ is Acc.add)
callbacks = {}
class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0
    def on_click(self):
        self.clicks += 1
        return self.label + ' clicked ' + str(self.clicks)
for name in ('ok', 'cancel'):
    callbacks[name] = Button(name).on_click
print(callbacks['ok'](), callbacks['ok'](), callbacks['cancel']())
b = Button('x')
f = b.on_click
b.label = 'renamed'
print(f())
print(list(map(Acc().add, [1, 2, 3])))
print(type(a.add).__name__, callable(a.add))
s = 'hello'
up = s.upper
print(up(), [].append is not None)
l = [3, 1, 2]
sorter = l.sort
sorter()
print(l)
