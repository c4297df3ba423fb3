# SyntaxError: a Python 2 print statement with % formatting.
print "%d" % 5
