with x(): # type: int
	pass
