class A: pass
class B(): pass
class C(A): pass
class D(A, B, metaclass=M): pass
class E(*bases, **kw): pass
class F(A, x=1, *y, **z):
    """Doc."""
    attr: int = 0
    def method(self):
        return self.attr
