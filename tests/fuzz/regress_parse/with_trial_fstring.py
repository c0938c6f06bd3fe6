with (f"{a!r:{b}}" as c, d(e for e in f)) as g: pass
with (yield):
  pass
