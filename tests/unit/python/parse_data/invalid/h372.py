X=None, Y=1j
