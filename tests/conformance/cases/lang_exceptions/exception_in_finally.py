# An exception raised inside finally replaces the one in flight (original becomes __context__).
def f():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    f()
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def g():
    try:
        return "try value"
    finally:
        raise KeyError("finally error beats return")
try:
    g()
except KeyError as e:
    print("KeyError", e)
def h():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return "continue in finally swallowed all"
print(h())
def k():
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            raise TypeError("handler error")
        finally:
            print("inner finally")
try:
    k()
except TypeError as e:
    print("TypeError", e, "| context:", repr(e.__context__))
