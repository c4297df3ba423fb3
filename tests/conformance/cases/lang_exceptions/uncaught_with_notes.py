# Uncaught exception with add_note(): notes are printed after the message line.
def check(value):
    if value < 0:
        err = ValueError(f"negative value: {value}")
        err.add_note("values must be zero or positive")
        err.add_note(f"received from check({value})")
        raise err
    return value
print(check(5))
check(-2)
