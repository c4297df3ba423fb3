async with x(): # type: int
	pass