# bytearray item/slice assignment and deletion, in-place operators and mutating methods.
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", name, kw, type(ns).__name__)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M):
    pass
B = type('B', (A,), {}, flag=1)
print(type(B))
