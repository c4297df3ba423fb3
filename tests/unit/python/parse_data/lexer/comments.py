# leading comment
x = 1  # trailing comment

   # indented comment

def f():  # after colon
    # first line comment
    return x  # done
# last
