# comments and blank lines

x = 1  # trailing

    # oddly indented comment
def f():
    # comment in body

    return 1

