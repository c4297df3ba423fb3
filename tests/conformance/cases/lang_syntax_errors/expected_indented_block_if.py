# IndentationError: expected an indented block after an if statement.
x = 1
if x:
print("x is true")
