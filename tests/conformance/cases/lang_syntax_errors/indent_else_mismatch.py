# SyntaxError: else indented differently from its if.
if True:
    x = 1
  else:
    y = 2
