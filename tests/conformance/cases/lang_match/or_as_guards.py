# Or-patterns, as-patterns, guards that fail, and binding in alternatives.
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["drop"]:
            return "drop what?"
        case [("quit" | "exit")]:
            return "bye"
        case [("look" | "l") as verb, *_] as whole:
            return f"{verb} -> {whole}"
        case []:
            return "empty"
        case _:
            return "huh?"
for c in ["go north", "go up", "pick up lamp", "take key", "drop a b", "drop",
          "quit", "exit", "l around", "look", "", "dance"]:
    print(repr(c), "->", f(c))
calls = []
def guard(x):
    calls.append(x)
    return x > 1
match 3:
    case 1 | 2 if guard(0):
        print("no")
    case int(n) if guard(n):
        print("guard true for", n)
print("guard calls", calls)
match (1, 2):
    case (x, 3) | (3, x):
        print("no")
    case (1, x) | (x, 1):
        print("alt binding x =", x)
