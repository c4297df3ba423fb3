# The caret lines under traceback source lines, printed to stdout so they are
# compared byte for byte: "~~^~~" for binary operators, "~~~^^^" for
# subscripts, "^^^" for other expressions, wide (Korean) characters counted as
# two columns, nothing when the expression is the whole line.
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)


d = {"a": [1, 2], "이름": "값"}
show(lambda: 1/0)
show(lambda: d["a"][5])
show(lambda:   10   //   0   )
show(lambda: (1 +
    "x"))
show(lambda: d["이름"] + 1)
show(lambda: len(5) ** 2)
show(lambda: d['a'][1:2]['x'])
show(lambda: d[
    "missing"])
show(lambda: (d["a"])  [9])
show(lambda: 2 ** 10000.0)


def whole_line():
    return [1][2]


def attribute():
    return d.nothing


def call():
    int("열")


show(whole_line)
show(attribute)
show(call)
x = 1; y = 0
show(lambda: print("나누기", x /   y))
