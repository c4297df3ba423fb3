x = 1
assert (x, 1)
if x is 2:
    pass
(1, 2)()
