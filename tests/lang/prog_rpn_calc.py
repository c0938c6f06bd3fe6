# Program: reverse Polish notation calculator with error handling and a dispatch table
OPS = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': lambda a, b: a / b,
    '//': lambda a, b: a // b,
    '%': lambda a, b: a % b,
    '**': lambda a, b: a ** b,
}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if len(stack) < 2:
                raise ValueError('stack underflow at ' + tok)
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok](a, b))
        elif tok == 'dup':
            stack.append(stack[-1])
        elif tok == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif tok == 'neg':
            stack.append(-stack.pop())
        else:
            stack.append(float(tok) if '.' in tok else int(tok))
    if len(stack) != 1:
        raise ValueError('leftover stack %r' % stack)
    return stack[0]
tests = ['3 4 +', '5 1 2 + 4 * + 3 -', '2 10 **', '2 100 **', '7 2 /', '7 2 //', '-7 2 %', '1.5 2 *',
         '3 dup *', '1 2 swap -', '4 neg 3 +', '1 +', '1 2', '1 0 /', 'x 1 +', '2 0.5 **']
for t in tests:
    try:
        print(repr(t), '=>', rpn(t))
    except (ValueError, ZeroDivisionError, IndexError) as e:
        print(repr(t), '=>', type(e).__name__, e)
