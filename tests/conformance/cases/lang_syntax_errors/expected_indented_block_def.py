# IndentationError: expected an indented block after a function definition.
def empty():

print("after")
