for x in y: # type: ignore
	pass