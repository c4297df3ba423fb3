@ decorator
def f(): pass
@decorator(a=1)(b=2)
def g(): pass
@x if y else z
def h(): pass
@a := b
def i(): pass
