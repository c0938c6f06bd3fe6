# Helper module that itself imports another helper module (tests nested imports)
import mod_basic
from mod_basic import greet as _greet

def shout(who):
    return _greet(who).upper() + '!'

base_value = mod_basic.VALUE + 1
