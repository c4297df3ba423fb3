# Backslash continuation, implicit joining inside brackets, and comments in between.
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,  # first
    2,  # second
    # a whole-line comment
    3,
]
print(values)
d = {
    "a": 1,
    "b": 2,
}
print(d)
result = (10
          - 3
          * 2)
print(result)
if total > 5 and \
   len(values) == 3:
    print("both true")
def f(a,
      b=2,
      *args,
      **kw):
    return a, b, args, kw
print(f(1,
        2,
        3,
        x=4))
s = ("implicit "
     "concatenation "
     'across lines')
print(s)
x = 1; y = 2; z = x + y  # semicolons
print(x, y, z)
