# Bare raise in an except block re-raises the original exception with its original traceback line.
def risky():
    return [1, 2, 3][10]
def wrapper():
    try:
        risky()
    except IndexError:
        print("logging the error, then re-raising")
        raise
wrapper()
