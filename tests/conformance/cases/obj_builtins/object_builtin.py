# object(): no instance attributes, default equality/bool, __class__, and user classes' inherited behaviours.
o = object()
print(type(o).__name__, o == o, o == object(), o != object(), bool(o), isinstance(o, object), o.__class__.__name__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    o < object()
except TypeError as e:
    print(type(e).__name__, e)
class Thing:
    pass
t = Thing()
t.x = 1
print(vars(t), t == t, t == Thing(), hash(t) == hash(t), str(t) == repr(t), repr(t).startswith("<__main__.Thing object at 0x"))
print(Thing.__name__, Thing.__qualname__, Thing.__module__, Thing.__bases__, Thing.__doc__, type(Thing.__dict__).__name__)
try:
    Thing(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__bases__, type(object).__name__, [n for n in dir(object()) if not n.startswith("__")])
print(len([n for n in dir(o)]) > 10, "__init__" in dir(o), "__eq__" in dir(o))
