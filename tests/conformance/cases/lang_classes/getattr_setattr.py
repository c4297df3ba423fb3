# __getattr__ (only for missing attributes), __getattribute__, __setattr__, __delattr__.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        print("  __getattr__", name)
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None
    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
        self._fields[name] = value
    def __delattr__(self, name):
        print("  __delattr__", name)
        del self._fields[name]
r = Record(a=1)
print(r.a)
r.b = 2
print(r.b, r._fields)
del r.a
try:
    r.a
except AttributeError as e:
    print("AttributeError", e)
print(getattr(r, "zzz", "fallback"), hasattr(r, "b"))
class Traced:
    x = 1
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        return super().__getattribute__(name)
t = Traced()
print(t.x)
try:
    t.missing
except AttributeError as e:
    print("AttributeError", e)
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    ReadOnly().x = 1
except AttributeError as e:
    print("AttributeError", e)
