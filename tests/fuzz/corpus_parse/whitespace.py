if x:
	if y:
		pass
  \
  z = 1
w = """a
b"""
