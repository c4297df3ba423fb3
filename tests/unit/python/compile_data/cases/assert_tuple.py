x = 5
assert (x, 'msg')
