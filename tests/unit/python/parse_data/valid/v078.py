with (open("f")) as f:
    pass
with (a, b) as c:
    pass
with (a) as b, (c) as d:
    pass
