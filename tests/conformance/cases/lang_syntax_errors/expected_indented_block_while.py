# IndentationError: expected an indented block after a while statement at end of file.
while True:
