# raise with class vs instance, raise from cause, raise from None, bare re-raise.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError("msg", 42)
except ValueError as e:
    print(repr(e), e.args, str(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no cause")
except RuntimeError as e:
    print(e, "cause:", e.__cause__, "context:", repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("from none") from None
except RuntimeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
def reraiser():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("re-raised:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError("a") from 5
except TypeError as e:
    print("TypeError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
