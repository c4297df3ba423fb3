@deco1
@deco2()
@deco3(1)
def f(): pass