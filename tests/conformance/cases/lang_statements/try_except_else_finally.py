# Order of try/except/else/finally blocks with and without exceptions.
def run(fail):
    print("-- run", fail)
    try:
        print("try")
        if fail == "value":
            raise ValueError("bad value")
        if fail == "key":
            {}["k"]
        if fail == "other":
            raise RuntimeError("other")
    except ValueError as e:
        print("except ValueError:", e)
    except (KeyError, IndexError) as e:
        print("except KeyError/IndexError:", repr(e))
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run(None)
run("value")
run("key")
try:
    run("other")
except RuntimeError as e:
    print("caught outside:", e)
try:
    pass
finally:
    print("try-finally without except")
try:
    x = 1 / 0
except ZeroDivisionError:
    print("bare name except, no as")
except:
    print("bare except")
try:
    raise KeyError("x")
except Exception as e:
    print("generic", type(e).__name__, e)
try:
    raise TypeError("t")
except:
    print("bare except catches everything")
e = "outer"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
