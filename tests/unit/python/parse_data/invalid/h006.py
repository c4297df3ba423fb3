for a in b:
 pass
else:
