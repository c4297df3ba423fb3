# arithmetic and precedence
x = a + b * c - d / e // f % g @ h ** i ** j
y = -a ** -b, +a, ~a, not a, - - a
z = a << b >> c & d ^ e | f
w = (a + b) * (c - d)
