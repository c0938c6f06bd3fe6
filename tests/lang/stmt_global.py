# Statements: global declarations in functions; reading vs assigning globals
counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
def make_new():
    global brand_new
    brand_new = 'created'
make_new()
print(brand_new)
x = 'global'
def read():
    return x
def shadow():
    x = 'local'
    return x
print(read(), shadow(), x)
def unbound():
    try:
        y = x
        x = 'local'
    except UnboundLocalError as e:
        return type(e).__name__
print(unbound())
print(issubclass(UnboundLocalError, NameError))
def g2():
    global a, b
    a, b = 1, 2
g2()
print(a, b)
def nested_global():
    def inner():
        global counter
        counter = 100
    inner()
nested_global()
print(counter)
lst = []
def mutate():
    lst.append('no global needed')
mutate()
print(lst)
