# SyntaxError: missing colon after a with statement.
with open("f") as f
    pass
