# SyntaxError: using a keyword (class) as a variable name.
class = "3A"
print(class)
