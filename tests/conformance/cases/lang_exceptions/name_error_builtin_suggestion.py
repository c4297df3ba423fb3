# Uncaught NameError for a misspelled builtin: CPython 3.11 adds "Did you mean: 'print'?".
message = "hello"
print(message)
prnt(message)
