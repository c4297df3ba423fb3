# SyntaxError: Python 2 backticks.
x = `1`
