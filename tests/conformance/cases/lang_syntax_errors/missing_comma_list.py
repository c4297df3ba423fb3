# SyntaxError: "Perhaps you forgot a comma?" inside a list display.
items = ["apple" "banana", "cherry" 3]
print(items)
