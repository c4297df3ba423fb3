# SyntaxError: invalid non-printable character U+00A0 (no-break space).
x = 1
print(x)
