x = a if b else c
y = [a if b else c for d in e if f]
z = (a for b in c if d if e)
w = a or b and c or not d
