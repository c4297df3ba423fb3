async with x(): # type: ignore
	pass