for x in ()]
