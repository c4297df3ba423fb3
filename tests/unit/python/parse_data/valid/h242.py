class C:
  if 1: pass
  else: yield
