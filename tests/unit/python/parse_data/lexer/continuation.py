x = 1 + \
    2 + \
        3
if a and \
   b:
    pass
y = [1,
  2,
      3]
z = (a
# comment inside brackets
     , b)
w = {
}
