if x:
	if y:
		pass
z = 1 + \
  2
w = """a
b"""

q = [
  1,  # c
]
