# SyntaxError: assignment statement inside a lambda.
f = lambda x: y = x
