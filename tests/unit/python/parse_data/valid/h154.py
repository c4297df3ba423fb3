@staticmethod
def foo(x,y): pass
