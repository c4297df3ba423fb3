def g(): [y for x in () for y in [(yield x)]]
