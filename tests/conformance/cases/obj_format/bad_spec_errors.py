# Error messages for invalid format specifications across int, float, str and format()/f-strings.
cases = [(5, "s"), (5, "z"), (5, ".2"), (5, ",c"), (5, "+c"), (300000000, "c"), (-1, "c"), (5, ",_"), (5, "_,"),
         (5, "=,x"), (5.5, "d"), (5.5, "x"), (5.5, "c"), (5.5, "#,b"), ("s", "d"), ("s", "f"), ("s", "="),
         ("s", "+"), ("s", "z"), (5, "zd"), (5, "10.2.3"), (5, "<<<"), (5, "abc"), (1.0, "+-"), (5, "10,n"),
         (5, "#c"), (5.5, ",n"), (5, "1" * 30)]
for value, spec in cases:
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(value), repr(spec), "->", type(e).__name__, e)
v = 3
try:
    print(f"{v:q}")
except ValueError as e:
    print("f-string", type(e).__name__, e)
try:
    print("{:q}".format(2.0))
except ValueError as e:
    print("str.format", type(e).__name__, e)
