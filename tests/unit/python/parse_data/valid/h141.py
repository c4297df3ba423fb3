def x(y): # type: ignore and more
	pass