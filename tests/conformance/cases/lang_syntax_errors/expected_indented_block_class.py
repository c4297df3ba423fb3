# IndentationError: expected an indented block after a class definition.
class Empty:
x = 1
