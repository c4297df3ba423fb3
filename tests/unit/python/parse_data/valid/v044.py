match = 1
case = 2
_ = 3
match.x = 4
match[0] = 5
match(a)
print(match, case, _)
def match(): pass
