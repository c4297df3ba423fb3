# Nested try statements: inner handlers first, propagation outward, re-raise with bare raise.
def process(x):
    try:
        try:
            print(" inner try", x)
            if x == 1:
                raise ValueError("v")
            if x == 2:
                raise KeyError("k")
            if x == 3:
                raise TypeError("t")
        except ValueError:
            print(" inner caught ValueError")
        except KeyError:
            print(" inner caught KeyError, re-raising")
            raise
        finally:
            print(" inner finally")
        print(" after inner")
    except KeyError as e:
        print(" outer caught", repr(e))
    except Exception as e:
        print(" outer caught generic", type(e).__name__)
    else:
        print(" outer else")
    finally:
        print(" outer finally")
for x in range(4):
    print("process", x)
    process(x)
def reraise_modified():
    try:
        [][0]
    except IndexError as e:
        e.args = ("modified: " + e.args[0],)
        raise
try:
    reraise_modified()
except IndexError as e:
    print(e)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        err = e
    raise err
except ValueError as e2:
    print("raised stored exception again:", e2, e2 is err)
