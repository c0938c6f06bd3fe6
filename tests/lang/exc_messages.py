# Exceptions: messages for common runtime errors printed as "type message"
def show(f):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
class Obj:
    def __init__(self):
        self.present = 1
import sys
show(lambda: 1 / 0)
show(lambda: [][1])
show(lambda: [1, 2, 3][10])
show(lambda: (1,)[5])
show(lambda: 'abc'[9])
show(lambda: {}['k'])
show(lambda: {1: 2}[3])
show(lambda: int('x'))
show(lambda: int('12x', 16))
show(lambda: float('y'))
show(lambda: undefined_name_here)
show(lambda: Obj().missing)
show(lambda: sys.no_such_attribute)
show(lambda: 'a' + 1)
show(lambda: 1 + 'a')
show(lambda: [] + ())
show(lambda: {[1]: 2})
show(lambda: {[]})
show(lambda: hash([]))
show(lambda: None.attr)
show(lambda: (5).foo)
show(lambda: 'x'.nope)
show(lambda: [].push)
show(lambda: len(5))
five = 5
none = None
show(lambda: five[0])
show(lambda: none[0])
show(lambda: 'a' * 'b')
show(lambda: [1] < 'a')
show(lambda: 3 < None)
show(lambda: -'a')
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: [].pop())
show(lambda: [1].index(2))
show(lambda: 'abc'.index('z'))
show(lambda: chr(-5))
show(lambda: sorted([1, 'a']))
