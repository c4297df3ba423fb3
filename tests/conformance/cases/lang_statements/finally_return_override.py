# return/break/continue inside finally override the pending return or exception.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally runs before return")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by finally return"
def f4():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("lost in loop")
        finally:
            if i == 1:
                break
    return i
def f5():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
def f6():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("f6 x set to", x)
def f7():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("f7 inner finally")
    except KeyError as e:
        return "f7 caught " + str(e)
print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
print(f7())
