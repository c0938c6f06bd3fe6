# Program: a tiny stack-based virtual machine with labels, jumps and a call stack
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        arg = parts[1] if len(parts) > 1 else None
        if arg is not None and arg.lstrip('-').isdigit():
            arg = int(arg)
        code.append((parts[0], arg))
    return [(op, labels.get(arg, arg)) for op, arg in code]
def run(code, trace=False):
    stack, calls, out, pc, steps = [], [], [], 0, 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == 'push': stack.append(arg)
        elif op == 'pop': stack.pop()
        elif op == 'dup': stack.append(stack[-1])
        elif op == 'swap': stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == 'over': stack.append(stack[-2])
        elif op == 'add': b = stack.pop(); stack[-1] += b
        elif op == 'sub': b = stack.pop(); stack[-1] -= b
        elif op == 'mul': b = stack.pop(); stack[-1] *= b
        elif op == 'jz':
            if stack.pop() == 0:
                pc = arg
        elif op == 'jmp': pc = arg
        elif op == 'call': calls.append(pc); pc = arg
        elif op == 'ret': pc = calls.pop()
        elif op == 'print': out.append(stack[-1])
        elif op == 'halt': break
        else:
            raise ValueError('bad op ' + op)
    return out, stack, steps
factorial = '''
    push 1
    push 20      ; n
loop:
    dup
    jz done
    dup
    call mulacc
    push 1
    sub
    jmp loop
done:
    pop
    print
    halt
mulacc:          ; stack: acc n n -> acc*n n
    swap
    pop
    swap
    over
    mul
    swap
    ret
'''
code = assemble(factorial)
print(len(code), code[:4])
out, stack, steps = run(code)
print(out, stack, steps)
countdown = assemble('push 5\ntop:\nprint\npush 1\nsub\ndup\njz end\njmp top\nend:\nprint\nhalt')
print(run(countdown))
try:
    run(assemble('bogus'))
except ValueError as e:
    print(type(e).__name__, e)
