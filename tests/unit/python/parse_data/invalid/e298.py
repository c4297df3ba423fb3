  # comment
  x = 1
