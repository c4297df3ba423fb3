def f(): pass
def f(a): pass
def f(a, b=1): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a=1, /, b=2): pass
def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(*args: int, **kwargs: str) -> None: pass
def f(a: int = 1, *, b: "x" = 2) -> list[int]: pass
def f(*a: *Ts): pass
def f(a,): pass
def f(a, *,
      b): pass
