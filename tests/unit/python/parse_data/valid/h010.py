def foo():
  pass