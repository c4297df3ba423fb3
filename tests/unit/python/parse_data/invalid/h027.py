if True:
 if True:
  if True:   
