def foo(a,d: int=,c):
   pass
