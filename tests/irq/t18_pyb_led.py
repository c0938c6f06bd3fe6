# The pyb.Timer example of MicroPython's documentation runs unchanged: an
# LED toggled from a hard callback (LEDs are static objects; the host keeps
# their state). Also elapsed_millis and pyb.disable_irq/enable_irq.
import pyb

tim = pyb.Timer(4)
tim.init(freq=200)
tim.callback(lambda t: pyb.LED(1).toggle())
start = pyb.millis()
pyb.delay(30)
tim.deinit()
print(repr(pyb.LED(1)), pyb.LED(1) is pyb.LED(1), pyb.elapsed_millis(start) >= 30)

toggles = [0]

def blink(t):
    pyb.LED(2).toggle()
    toggles[0] += 1

pyb.LED(2).off()
tim = pyb.Timer(4, freq=500, callback=blink)
pyb.delay(30)
state = pyb.disable_irq()    # no toggle between the two reads
on = pyb.LED(2).intensity()
n = toggles[0]
pyb.enable_irq(state)
tim.deinit()
print("toggled:", n > 0, "state matches the count:", on == (255 if n % 2 else 0))
led = pyb.LED(3)
led.intensity(128)
print(led.intensity(), end=" ")
led.on()
print(led.intensity(), end=" ")
led.intensity(-5)
print(led.intensity())
for bad in (0, 5):
    try:
        pyb.LED(bad)
    except ValueError as e:
        print(e)
# expect: LED(1) True True
# expect: toggled: True state matches the count: True
# expect: 128 255 0
# expect: LED(0) doesn't exist
# expect: LED(5) doesn't exist
