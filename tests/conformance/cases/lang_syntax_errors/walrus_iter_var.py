# SyntaxError: an assignment expression rebinding the comprehension variable.
[(x := 1) for x in range(3)]
