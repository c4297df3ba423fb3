x = a < b <= c > d >= e == f != g in h not in i is j is not k
y = a and b or c and not d
z = a if b else c if d else e
