# SyntaxError: invalid decimal literal (identifier starting with a digit).
1st_place = "gold"
print(1st_place)
