# Program: a hand-written tokenizer for a small expression language, plus an evaluator
KEYWORDS = {'let', 'in', 'if', 'then', 'else'}
class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return '%s(%r)@%d' % (self.kind, self.text, self.pos)
def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            toks.append(Token('NUM', src[i:j], i))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            word = src[i:j]
            toks.append(Token('KW' if word in KEYWORDS else 'NAME', word, i))
            i = j
        elif c == '"':
            j = src.index('"', i + 1)
            toks.append(Token('STR', src[i + 1:j], i))
            i = j + 1
        elif src[i:i + 2] in ('==', '!=', '<=', '>=', '**'):
            toks.append(Token('OP', src[i:i + 2], i))
            i += 2
        elif c in '+-*/()<>=,':
            toks.append(Token('OP', c, i))
            i += 1
        else:
            raise SyntaxError('bad char %r at %d' % (c, i))
    return toks
for src in ('let x = 42 in x * (y + 3.5)', 'if a <= b then "yes" else "no"', 'f(1, 2) ** 2 != 10'):
    print([repr(t) for t in tokenize(src)])
try:
    tokenize('a $ b')
except SyntaxError as e:
    print(type(e).__name__, e)
def evaluate(tokens):
    pos = [0]
    def peek():
        return tokens[pos[0]].text if pos[0] < len(tokens) else None
    def take():
        pos[0] += 1
        return tokens[pos[0] - 1]
    def atom():
        t = take()
        if t.text == '(':
            v = expr()
            take()
            return v
        if t.text == '-':
            return -atom()
        return float(t.text) if '.' in t.text else int(t.text)
    def term():
        v = atom()
        while peek() in ('*', '/'):
            v = v * atom() if take().text == '*' else v / atom()
        return v
    def expr():
        v = term()
        while peek() in ('+', '-'):
            v = v + term() if take().text == '+' else v - term()
        return v
    return expr()
for e in ('1 + 2 * 3', '(1 + 2) * 3', '10 / 4 - 1', '-(2 + 3) * 2.5', '2 * 3 * 4 - 5 - 6'):
    print(e, '=', evaluate(tokenize(e)))
