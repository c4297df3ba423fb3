# SyntaxError: Python 2 print statement ("Did you mean print(...)?").
print "hello"
