# C3 method resolution order: __mro__ and mro() for diamonds and more complex hierarchies.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__mro__)
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
print([k.__name__ for k in bool.__mro__], [k.__name__ for k in int.mro()])
try:
    class Bad(A, B): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError", e)
class Who:
    def who(self): return "Who"
class L(Who):
    def who(self): return "L>" + super().who()
class R(Who):
    def who(self): return "R>" + super().who()
class LR(L, R): pass
class RL(R, L): pass
print(LR().who(), RL().who())
print(object.__mro__, type.__mro__)
