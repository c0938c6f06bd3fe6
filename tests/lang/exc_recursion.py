# Exceptions: unbounded recursion raises RecursionError, which can be caught; recovery works after
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print(deep(200))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
n = None
for i in range(100):
    n = Node(n)
print(n.length())
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught')
count = 0
def counting():
    global count
    count += 1
    counting()
try:
    counting()
except RecursionError:
    print('depth reached is positive:', count > 50)
print(deep(100), 'still works')
class Loop:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    Loop().a
except RecursionError:
    print('getattr recursion caught')
