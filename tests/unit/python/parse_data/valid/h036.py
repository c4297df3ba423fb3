class foo:
  pass
