# Registration errors are raised at once, in the caller's context.
import pyb, machine

def no_args():
    pass

def two_args(a, b):
    pass

def gen_no_args():
    yield

class NotCallable:
    pass

tim = pyb.Timer(9, freq=100)
for cb in (no_args, two_args, gen_no_args, 42, NotCallable(), divmod):
    try:
        tim.callback(cb)
        print("accepted", cb)
    except TypeError as e:
        print("TypeError:", e)
print(tim.callback())
try:
    machine.Timer(-1, period=10, callback="x")
except TypeError as e:
    print("TypeError:", e)
tim.deinit()
# expect: TypeError: no_args() takes 0 positional arguments but 1 was given
# expect: TypeError: two_args() missing 1 required positional argument: 'b'
# expect: TypeError: gen_no_args() takes 0 positional arguments but 1 was given
# expect: TypeError: 'int' object is not callable
# expect: TypeError: 'NotCallable' object is not callable
# expect: TypeError: divmod() can't take 1 positional argument
# expect: None
# expect: TypeError: 'str' object is not callable
