x = 5 # comment
x = 6
