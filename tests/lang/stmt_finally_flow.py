# Statements: finally with return, break and continue overriding control flow
def ret_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_in_finally())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def count_finally():
    n = 0
    for i in range(5):
        try:
            if i == 3:
                break
        finally:
            n += 1
    return n
print(count_finally())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'broke, exception dropped at %d' % i
print(break_in_finally())
def cont_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            continue
        finally:
            out.append('f%d' % i)
    return out
print(cont_in_finally())
def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_at_return())
def nested():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested())
def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i > 2:
                return i
        finally:
            print('iteration', i)
print(while_finally())
