# Comments everywhere, blank lines inside blocks, '#' inside strings is not a comment.
# leading comment

def f():
    # comment in body

    x = 1  # trailing

    # comment before return
    return x


print(f())  # call
print("# not a comment", '#neither')
s = """
# inside a triple-quoted string
"""
print(repr(s))
if True:
    pass
    # comment at end of block
print("done")
