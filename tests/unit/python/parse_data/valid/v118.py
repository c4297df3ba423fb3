class C(Base, metaclass=Meta, **kw): pass
