a = b = c = 1
a, b = b, a
[a, b] = c
(a, b), c = d
a, *b = c
*a, b = c
a.b = 1
a[b] = 1
a[1:2] = c
(a) = 1
((a)) = 1
x, = y
