# super() in a diamond: each __init__ runs once, in MRO order; cooperative kwargs.
class Base:
    def __init__(self, **kw):
        print("Base.__init__ leftover", kw)
        super().__init__()
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)
class Child(Left, Right):
    def __init__(self, **kw):
        print("Child.__init__")
        super().__init__(**kw)
Child(left=1, right=2, extra=3)
print([c.__name__ for c in Child.__mro__])
class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print(D().hello())
print(super(B, D()).hello(), super(C, D()).hello())
class E(D):
    def hello(self):
        return super(D, self).hello()
print(E().hello())
