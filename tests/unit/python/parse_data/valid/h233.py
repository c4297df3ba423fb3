def x():
  pass
  

