"""With some 	"""
