):
  pass