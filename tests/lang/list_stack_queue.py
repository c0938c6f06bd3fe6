# list: using lists as stacks and queues (push/pop, pop(0), insert(0)), bracket matching
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for c in s:
        if c in '([{':
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
    return not stack
for s in ('()', '([]{})', '(]', '((', '', 'a(b[c]d)e', '}{'):
    print(repr(s), balanced(s))
q = []
for i in range(5):
    q.append(i)
out = []
while q:
    x = q.pop(0)
    out.append(x)
    if x < 3:
        q.append(x + 10)
print(out)
dq = []
dq.insert(0, 'b')
dq.insert(0, 'a')
dq.append('c')
print(dq, dq.pop(0), dq.pop(), dq)
def eval_postfix(tokens):
    st = []
    for t in tokens:
        if t in '+-*':
            b, a = st.pop(), st.pop()
            st.append(a + b if t == '+' else a - b if t == '-' else a * b)
        else:
            st.append(int(t))
    return st.pop()
print(eval_postfix('3 4 + 2 * 7 -'.split()))
undo = []
doc = ''
for action in ['type:a', 'type:b', 'undo', 'type:c', 'type:d', 'undo', 'undo', 'type:e']:
    if action == 'undo':
        doc = undo.pop() if undo else doc
    else:
        undo.append(doc)
        doc += action[5:]
print(doc, undo)
