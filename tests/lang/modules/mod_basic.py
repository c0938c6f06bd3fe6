# Helper module for import tests: constants, a function, a class, and a private name
VALUE = 42
NAME = 'mod_basic'
_private = 'hidden from import *'
loaded_count = 0
loaded_count += 1

def greet(who):
    return 'hello ' + who

class Thing:
    def __init__(self, n):
        self.n = n

    def double(self):
        return self.n * 2

print('mod_basic executing, __name__ =', __name__)
