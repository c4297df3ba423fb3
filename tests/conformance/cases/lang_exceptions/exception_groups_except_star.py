# ExceptionGroup and except* (3.11): splitting by type, nested groups, subgroup/split, message formatting.
eg = ExceptionGroup("many problems", [ValueError("v1"), TypeError("t1"), ValueError("v2"),
                                       ExceptionGroup("nested", [KeyError("k1"), ValueError("v3")])])
print(eg, repr(eg.exceptions[0]), len(eg.exceptions))
print(str(eg), eg.message)
try:
    raise eg
except* ValueError as g:
    print("ValueErrors:", repr(g))
except* TypeError as g:
    print("TypeErrors:", repr(g))
except* KeyError as g:
    print("KeyErrors:", repr(g))
match_, rest = eg.split(ValueError)
print("split match:", repr(match_))
print("split rest:", repr(rest))
print("subgroup:", repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled only ValueError")
except ExceptionGroup as rest_group:
    print("remaining:", repr(rest_group))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g), type(g).__name__)
bg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(bg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError", e)
