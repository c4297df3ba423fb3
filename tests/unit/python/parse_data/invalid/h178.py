del f''
