# SyntaxError: a string and a name side by side without + or a comma.
name = "a"
print("hi " name)
