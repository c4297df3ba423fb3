# Uncaught error at depth 40 of a recursion: the traceback collapses repeats ("[Previous line repeated N more times]").
def countdown(n):
    if n % 10 == 0:
        print("n =", n)
    if n == 0:
        raise ValueError("reached the bottom")
    return countdown(n - 1)
countdown(40)
