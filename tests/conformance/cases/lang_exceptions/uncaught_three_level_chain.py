# Three-level chain mixing an implicit context and an explicit cause in one uncaught traceback.
class DataError(Exception):
    pass
def level3():
    return {"x": 1}["y"]
def level2():
    try:
        level3()
    except KeyError:
        raise ValueError("level2 failed")
def level1():
    try:
        level2()
    except ValueError as e:
        raise DataError("level1 failed") from e
try:
    level1()
finally:
    print("finally before the traceback")
