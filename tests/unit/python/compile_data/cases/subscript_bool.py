True[0]
