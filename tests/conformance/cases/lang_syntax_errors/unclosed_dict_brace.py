# SyntaxError: dict brace never closed before a following statement.
config = {"a": 1,
          "b": 2
print(config)
