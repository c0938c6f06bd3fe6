x = (1,
  2]
def f(:
	if x:
        y
'unterminated
