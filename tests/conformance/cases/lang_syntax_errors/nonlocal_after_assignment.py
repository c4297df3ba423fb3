# SyntaxError: name assigned before a nonlocal declaration (checked before the module-level rule).
x = 1
nonlocal x
