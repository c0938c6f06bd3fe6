# A hard handler may store into a list, set, bytearray or array, but
# adding or removing items raises RuntimeError there (the program it
# interrupted may be changing the same container); the program's own
# changes then never meet a handler's. Also: the program resuming a
# generator that a timer also resumes.
import pyb, array, micropython

micropython.irq_check(False)
L, S, B, A = [1, 2], {1, 2}, bytearray(b"ab"), array.array("i", [1, 2])
refused = [False, False, False, False]

def handler(t):
    L[0] = 7
    B[0] = 66
    A[0] = 9
    try:
        L.append(3)
    except RuntimeError as e:
        refused[0] = e.args[0] == "a hard interrupt handler can't add or remove list items"
    try:
        S.add(3)
    except RuntimeError as e:
        refused[1] = e.args[0] == "a hard interrupt handler can't add or remove set items"
    try:
        B.pop()
    except RuntimeError as e:
        refused[2] = e.args[0] == "a hard interrupt handler can't add or remove bytearray items"
    try:
        A.pop()
    except RuntimeError as e:
        refused[3] = e.args[0] == "a hard interrupt handler can't add or remove array items"
    t.callback(None)

tim = pyb.Timer(1, freq=1000, callback=handler)
pyb.delay(20)
tim.deinit()
print(L, sorted(S), B, list(A), refused)

def gen():
    while True:
        t = yield

tim = pyb.Timer(2, freq=20000)
for r in range(3000):
    g = gen()
    tim.callback(g)
    next(g)
    g.close()
tim.deinit()
print("generators closed while their timer ran")
# expect: [7, 2] [1, 2] bytearray(b'Bb') [9, 2] [True, True, True, True]
# expect: generators closed while their timer ran
