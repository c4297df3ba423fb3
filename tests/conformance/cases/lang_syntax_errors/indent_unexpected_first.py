# SyntaxError: the first line indented.
  x = 1
