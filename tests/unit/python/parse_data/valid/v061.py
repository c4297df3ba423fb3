def f(
    a,
    b,
    /,
    c=1,
    *args,
    d,
    e=2,
    **kwargs,
):
    pass
