# Program: text statistics (word frequencies, longest words, line wrapping, char classes)
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = []
for raw in text.split():
    w = raw.strip('.,;:!?"\'').lower()
    if w:
        words.append(w)
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(sorted(set(words), key=lambda w: (-len(w), w))[:4])
lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
print(sorted((k, len(v)) for k, v in lengths.items()))
letters = sum(1 for c in text if c.isalpha())
spaces = sum(1 for c in text if c.isspace())
punct = sum(1 for c in text if c in '.,;')
upper = sum(1 for c in text if c.isupper())
print(letters, spaces, punct, upper, len(text.splitlines()))
def wrap(ws, width):
    lines, cur = [], ''
    for w in ws:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap(words, 40):
    print(line.center(42, '.'))
vowels = {v: text.lower().count(v) for v in 'aeiou'}
print(vowels, max(vowels, key=vowels.get))
print(' '.join(w[::-1] for w in words[:8]))
acronym = ''.join(w[0].upper() for w in 'portable operating system interface'.split())
print(acronym)
