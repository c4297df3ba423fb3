# UnboundLocalError: assigning anywhere in a function makes the name local everywhere in it.
count = 10
def broken():
    print("reading count")
    count += 1
    return count
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print(isinstance(e, NameError))
def broken2():
    if False:
        total = 0
    return total
try:
    broken2()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def late():
    try:
        return value
    finally:
        pass
    value = 1
try:
    late()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def outer():
    n = 1
    def inner():
        n += 1
    inner()
try:
    outer()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_after_del():
    z = 1
    def get():
        return z
    del z
    return get()
try:
    free_after_del()
except NameError as e:
    print(type(e).__name__ + ":", e)
