# SyntaxError: a tab-indented line followed by a space-indented one.
if True:
	x = 1
        y = 2
