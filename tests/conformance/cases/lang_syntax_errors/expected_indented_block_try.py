# IndentationError: expected an indented block after try.
try:
x = 1
except Exception:
    pass
