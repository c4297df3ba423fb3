pass
break
continue
return
return x
return x, y
return *a, b
raise
raise E
raise E from e
raise E(1) from None
global a
global a, b
nonlocal c
nonlocal c, d
assert x
assert x, "message"
