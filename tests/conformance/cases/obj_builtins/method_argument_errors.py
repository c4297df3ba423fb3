# Built-in methods and functions refuse keywords and wrong counts with
# CPython's wording: "list.pop() takes no keyword arguments" names the
# type, the arity messages ("pop expected at most 1 argument") do not.
calls = [
    lambda: [].pop(x=1), lambda: [].pop(1, 2), lambda: [].insert(1), lambda: [].insert(x=1),
    lambda: [].append(x=1), lambda: [].remove(x=1), lambda: [].index(x=1), lambda: [].count(x=1),
    lambda: [].extend(x=1), lambda: [].copy(x=1), lambda: [].clear(1), lambda: [].reverse(x=1),
    lambda: "".join(x=1), lambda: "".upper(1), lambda: "".find(x=1), lambda: "".startswith(x=1),
    lambda: {}.keys(1), lambda: set().add(x=1), lambda: (1,).index(x=1), lambda: (1,).count(),
    lambda: len(x=1), lambda: abs(x=1), lambda: hash(x=1), lambda: "".encode(x=1),
]
for f in calls:
    try:
        f()
    except TypeError as e:
        print(e)
