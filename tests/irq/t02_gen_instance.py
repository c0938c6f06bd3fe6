# A generator instance created by the program: primed, exactly 3
# interrupts handled.
import pyb, time

count = 0

def gen():
    global count
    while True:
        t = yield
        count += 1
        if count == 3:
            t.callback(None)

g = gen()
tim = pyb.Timer(3, freq=2000, callback=g)
start = time.ticks_ms()   # at most 2 s, even on a loaded machine
while count < 3 and time.ticks_diff(time.ticks_ms(), start) < 2000:
    time.sleep_ms(1)
time.sleep_ms(5)
print(count, tim.callback())
tim.deinit()
# expect: 3 None
